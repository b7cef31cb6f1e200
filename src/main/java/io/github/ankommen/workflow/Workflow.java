package io.github.ankommen.workflow;

import io.github.ankommen.access.Actor;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A workflow definition: states, the initial state, terminal states (each with the outcome it
 * stands for, if it names one) and named transitions.
 *
 * <p>The terminal states are the workflow's answer to "is this over?": everything in the library
 * that asks whether a case has ended (retention, statistics, due dates, the commands a case still
 * takes) asks {@link #isTerminal(State)} of the case's workflow, never a state's name. A terminal
 * state may name its {@link Outcome} for reporting ({@link #outcome(State)}), such as a
 * {@code completed} state that counts as "goals reached".
 *
 * <p>Definitions are checked when they are built, and every problem is reported at once in a
 * {@link WorkflowDefinitionException}: a state that cannot be reached from the initial state; a
 * state from which no terminal state can be reached; no terminal state; a transition that leaves a
 * terminal state without being a reopen, a reopen that leaves a state that is not terminal, or a
 * reopen that leads to a terminal state; a transition that asks for an {@link Input#OUTCOME} but leads
 * to a terminal state that names its own; duplicate transition names; transitions that leave or lead
 * to states the workflow does not have.
 *
 * <p>The workflow decides, and does nothing: {@link #refusal} says whether a transition may fire
 * for a subject in a state, and {@link Target#resolve} where it leads. Building the subject's new
 * value is the caller's job. To change a definition, such as the library's default case workflow,
 * call {@link #toBuilder()}, change the builder and build again.
 *
 * <p>This class is immutable and thread-safe if its guards are.
 *
 * @param <C> the type of the subject the guards look at
 * @since 0.1.0
 */
public final class Workflow<C> {

    private final Set<State> states;
    private final State initial;
    private final Set<State> terminal;
    private final Map<State, Outcome> outcomes;
    private final Map<String, Transition<C>> transitions;

    private Workflow(Builder<C> builder) {
        this.states = Collections.unmodifiableSet(new LinkedHashSet<>(builder.states));
        this.initial = builder.initial;
        this.terminal = Collections.unmodifiableSet(new LinkedHashSet<>(builder.terminal));
        this.outcomes = Collections.unmodifiableMap(new LinkedHashMap<>(builder.outcomes));
        Map<String, Transition<C>> byName = new LinkedHashMap<>();
        for (Transition<C> t : builder.transitions) {
            byName.put(t.name(), t);
        }
        this.transitions = Collections.unmodifiableMap(byName);
    }

    /**
     * Starts a new definition.
     *
     * @param <C> the type of the subject the guards look at
     * @return an empty builder
     */
    public static <C> Builder<C> builder() {
        return new Builder<>();
    }

    /**
     * Starts a builder that holds this definition, to change it.
     *
     * @return a builder with this workflow's states, initial and terminal states, outcomes and
     *     transitions
     */
    public Builder<C> toBuilder() {
        Builder<C> builder = new Builder<>();
        builder.states.addAll(states);
        builder.initial = initial;
        builder.terminal.addAll(terminal);
        builder.outcomes.putAll(outcomes);
        builder.transitions.addAll(transitions.values());
        return builder;
    }

    /**
     * Every state, in the order they were added.
     *
     * @return the states, unmodifiable
     */
    public Set<State> states() {
        return states;
    }

    /**
     * The state a subject starts in.
     *
     * @return the initial state
     */
    public State initial() {
        return initial;
    }

    /**
     * The terminal states; only a reopen transition leaves them.
     *
     * @return the terminal states, unmodifiable, at least one
     */
    public Set<State> terminal() {
        return terminal;
    }

    /**
     * Asks whether a state is terminal.
     *
     * @param state the state, not null
     * @return true if it is one of {@link #terminal()}
     * @throws NullPointerException if the state is null
     */
    public boolean isTerminal(State state) {
        return terminal.contains(Objects.requireNonNull(state, "state must not be null"));
    }

    /**
     * Asks whether a state is one of this workflow's states.
     *
     * @param state the state, not null
     * @return true if it is one of {@link #states()}
     * @throws NullPointerException if the state is null
     */
    public boolean hasState(State state) {
        return states.contains(Objects.requireNonNull(state, "state must not be null"));
    }

    /**
     * The outcome a terminal state stands for, if it names one.
     *
     * @param state the state, not null
     * @return the outcome, or empty if the state names none (or is not terminal)
     * @throws NullPointerException if the state is null
     */
    public Optional<Outcome> outcome(State state) {
        return Optional.ofNullable(outcomes.get(Objects.requireNonNull(state, "state must not be null")));
    }

    /**
     * The outcomes the terminal states name, in the order they were added.
     *
     * @return the outcome of each terminal state that names one, unmodifiable; may be empty
     */
    public Map<State, Outcome> outcomes() {
        return outcomes;
    }

    /**
     * Every transition, in the order they were added.
     *
     * @return the transitions, unmodifiable
     */
    public List<Transition<C>> transitions() {
        return List.copyOf(transitions.values());
    }

    /**
     * Finds a transition by name.
     *
     * @param name the transition's name, not null
     * @return the transition, or empty if there is none of that name
     * @throws NullPointerException if the name is null
     */
    public Optional<Transition<C>> transition(String name) {
        return Optional.ofNullable(transitions.get(Objects.requireNonNull(name, "name must not be null")));
    }

    /**
     * The transitions that leave a state, whoever fires them and whatever the guards say.
     *
     * @param state the state, not null
     * @return the transitions, in definition order
     * @throws NullPointerException if the state is null
     */
    public List<Transition<C>> transitionsFrom(State state) {
        Objects.requireNonNull(state, "state must not be null");
        List<Transition<C>> leaving = new ArrayList<>();
        for (Transition<C> t : transitions.values()) {
            if (t.from().contains(state)) {
                leaving.add(t);
            }
        }
        return List.copyOf(leaving);
    }

    /**
     * Decides whether a transition may fire.
     *
     * <p>The checks run in this order, and the first that fails is the answer: the transition exists
     * ({@link Refusal.Kind#UNKNOWN_TRANSITION}); it leaves the current state
     * ({@link Refusal.Kind#WRONG_STATE}); the actor's role is allowed or the actor holds a granting
     * permission ({@link Refusal.Kind#NOT_PERMITTED}); every required input is given
     * ({@link Refusal.Kind#MISSING_INPUT}); a transition back to the previous state has one to go to,
     * and the workflow still has that state ({@link Refusal.Kind#NO_PREVIOUS_STATE}); the guard lets it
     * fire ({@link Refusal.Kind#GUARD}).
     *
     * @param subject the subject, not null; the guard looks at it
     * @param current the subject's current state, not null
     * @param previous the state the subject was in before the current one; null if none
     * @param transition the transition's name, not null
     * @param actor who fires it, not null
     * @param given the inputs given, not null
     * @return why the transition may not fire, or empty if it may
     * @throws NullPointerException if an argument other than {@code previous} is null
     */
    public Optional<Refusal> refusal(C subject, State current, State previous, String transition, Actor actor,
            Set<Input> given) {
        Objects.requireNonNull(subject, "subject must not be null");
        Objects.requireNonNull(current, "current must not be null");
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(given, "given must not be null");
        Transition<C> t = transitions.get(Objects.requireNonNull(transition, "transition must not be null"));
        if (t == null) {
            return Optional.of(Refusal.of(Refusal.Kind.UNKNOWN_TRANSITION, "the workflow has no such transition"));
        }
        if (!t.from().contains(current)) {
            return Optional.of(Refusal.of(Refusal.Kind.WRONG_STATE, "the transition does not leave state " + current));
        }
        if (!t.allowedRoles().contains(actor.role()) && Collections.disjoint(t.permissions(), actor.permissions())) {
            return Optional.of(Refusal.of(Refusal.Kind.NOT_PERMITTED, "role " + actor.role() + " may not fire it"));
        }
        if (!given.containsAll(t.requiredInputs())) {
            Set<Input> missing = new LinkedHashSet<>(t.requiredInputs());
            missing.removeAll(given);
            return Optional.of(Refusal.of(Refusal.Kind.MISSING_INPUT, "missing input " + missing));
        }
        if (t.to().isPrevious() && previous == null) {
            return Optional.of(Refusal.of(Refusal.Kind.NO_PREVIOUS_STATE, "there is no previous state to return to"));
        }
        if (t.to().isPrevious() && !states.contains(previous)) {
            return Optional.of(Refusal.of(Refusal.Kind.NO_PREVIOUS_STATE, "the previous state " + previous
                    + " is not a state of the workflow"));
        }
        return t.guard().refusal(subject).map(reason -> Refusal.of(Refusal.Kind.GUARD, reason));
    }

    /**
     * Describes the workflow by its states and transition names.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "Workflow[states=" + states + ", initial=" + initial + ", terminal=" + terminal
                + (outcomes.isEmpty() ? "" : ", outcomes=" + outcomes) + ", transitions=" + transitions.keySet() + "]";
    }

    /**
     * Builds a {@link Workflow}. A builder is mutable and not thread-safe; the workflow it builds is
     * neither.
     *
     * @param <C> the type of the subject the guards look at
     */
    public static final class Builder<C> {

        private final Set<State> states = new LinkedHashSet<>();
        private State initial;
        private final Set<State> terminal = new LinkedHashSet<>();
        private final Map<State, Outcome> outcomes = new LinkedHashMap<>();
        private final List<Transition<C>> transitions = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds states; adding a state twice has no effect.
         *
         * @param added the states, not null
         * @return this builder
         * @throws NullPointerException if a state is null
         */
        public Builder<C> states(State... added) {
            for (State s : added) {
                states.add(Objects.requireNonNull(s, "state must not be null"));
            }
            return this;
        }

        /**
         * Sets the initial state, and adds it to the states.
         *
         * @param state the initial state, not null
         * @return this builder
         * @throws NullPointerException if the state is null
         */
        public Builder<C> initial(State state) {
            initial = Objects.requireNonNull(state, "state must not be null");
            states.add(state);
            return this;
        }

        /**
         * Marks states as terminal, and adds them to the states.
         *
         * @param added the terminal states, not null
         * @return this builder
         * @throws NullPointerException if a state is null
         */
        public Builder<C> terminal(State... added) {
            for (State s : added) {
                terminal.add(Objects.requireNonNull(s, "state must not be null"));
                states.add(s);
            }
            return this;
        }

        /**
         * Marks a state as terminal with the outcome it stands for, and adds it to the states. A case
         * that enters it gets this outcome, and the statistics count its closure under it; the
         * transitions into it must not ask for an {@link Input#OUTCOME} of their own. Marking a state
         * again replaces its outcome.
         *
         * @param state the terminal state, not null
         * @param outcome what reaching it means, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder<C> terminal(State state, Outcome outcome) {
            terminal(state);
            outcomes.put(state, Objects.requireNonNull(outcome, "outcome must not be null"));
            return this;
        }

        /**
         * Adds a transition. A name used twice is reported by {@link #build()}; to change a transition,
         * use {@link #replace(Transition)}.
         *
         * @param transition the transition, not null
         * @return this builder
         * @throws NullPointerException if the transition is null
         */
        public Builder<C> transition(Transition<C> transition) {
            transitions.add(Objects.requireNonNull(transition, "transition must not be null"));
            return this;
        }

        /**
         * Replaces the transitions of the same name with this one, or adds it if there is none.
         *
         * @param transition the transition, not null
         * @return this builder
         * @throws NullPointerException if the transition is null
         */
        public Builder<C> replace(Transition<C> transition) {
            Objects.requireNonNull(transition, "transition must not be null");
            return withoutTransition(transition.name()).transition(transition);
        }

        /**
         * Removes the transitions of a name; removing one that does not exist has no effect.
         *
         * @param name the transition's name, not null
         * @return this builder
         * @throws NullPointerException if the name is null
         */
        public Builder<C> withoutTransition(String name) {
            Objects.requireNonNull(name, "name must not be null");
            transitions.removeIf(t -> t.name().equals(name));
            return this;
        }

        /**
         * Removes a state, from the states, the terminal states (with its outcome) and as initial state.
         * Transitions that still leave or lead to it are reported by {@link #build()}: remove or replace
         * them too.
         *
         * @param state the state, not null
         * @return this builder
         * @throws NullPointerException if the state is null
         */
        public Builder<C> withoutState(State state) {
            Objects.requireNonNull(state, "state must not be null");
            states.remove(state);
            terminal.remove(state);
            outcomes.remove(state);
            if (state.equals(initial)) {
                initial = null;
            }
            return this;
        }

        /**
         * Checks the definition and builds the workflow.
         *
         * @return the workflow
         * @throws WorkflowDefinitionException listing every problem, if the definition is broken
         */
        public Workflow<C> build() {
            List<String> problems = problems();
            if (!problems.isEmpty()) {
                throw new WorkflowDefinitionException(problems);
            }
            return new Workflow<>(this);
        }

        private List<String> problems() {
            List<String> problems = new ArrayList<>();
            if (initial == null) {
                problems.add("there is no initial state");
            }
            if (terminal.isEmpty()) {
                problems.add("there is no terminal state");
            } else if (terminal.contains(initial)) {
                problems.add("the initial state \"" + initial + "\" is terminal");
            }
            Set<String> names = new HashSet<>();
            for (Transition<C> t : transitions) {
                if (!names.add(t.name())) {
                    problems.add("there is more than one transition named \"" + t.name() + "\"");
                }
                for (State s : t.from()) {
                    if (!states.contains(s)) {
                        problems.add("transition \"" + t.name() + "\" leaves \"" + s + "\", which is not a state of the workflow");
                    } else if (terminal.contains(s) && !t.reopen()) {
                        problems.add("transition \"" + t.name() + "\" leaves the terminal state \"" + s
                                + "\" but is not a reopen");
                    } else if (!terminal.contains(s) && t.reopen()) {
                        problems.add("reopen \"" + t.name() + "\" leaves \"" + s + "\", which is not terminal");
                    }
                }
                State to = t.to().fixedState();
                if (to != null && !states.contains(to)) {
                    problems.add("transition \"" + t.name() + "\" leads to \"" + to + "\", which is not a state of the workflow");
                } else if (to != null && t.reopen() && terminal.contains(to)) {
                    problems.add("reopen \"" + t.name() + "\" leads to the terminal state \"" + to + "\"");
                } else if (to != null && outcomes.containsKey(to) && t.requiredInputs().contains(Input.OUTCOME)) {
                    problems.add("transition \"" + t.name() + "\" asks for an outcome but leads to \"" + to
                            + "\", which names its own");
                }
            }
            if (!problems.isEmpty()) {
                return problems;
            }
            Map<State, Set<State>> edges = edges();
            Set<State> reachable = reach(Set.of(initial), edges);
            for (State s : states) {
                if (!reachable.contains(s)) {
                    problems.add("state \"" + s + "\" cannot be reached from the initial state");
                }
            }
            Map<State, Set<State>> reversed = new HashMap<>();
            edges.forEach((from, tos) -> tos.forEach(to -> reversed.computeIfAbsent(to, k -> new HashSet<>()).add(from)));
            Set<State> ending = reach(terminal, reversed);
            for (State s : states) {
                if (reachable.contains(s) && !ending.contains(s)) {
                    problems.add("no terminal state can be reached from state \"" + s + "\"");
                }
            }
            return problems;
        }

        /**
         * Where each state can lead. A transition back to the previous state can lead from one of its
         * states to any state from which a transition into that state comes.
         */
        private Map<State, Set<State>> edges() {
            Map<State, Set<State>> edges = new HashMap<>();
            for (Transition<C> t : transitions) {
                State to = t.to().fixedState();
                for (State from : t.from()) {
                    Set<State> out = edges.computeIfAbsent(from, k -> new HashSet<>());
                    if (to != null) {
                        out.add(to);
                    } else if (t.to().isPrevious()) {
                        for (Transition<C> into : transitions) {
                            if (from.equals(into.to().fixedState())) {
                                out.addAll(into.from());
                            }
                        }
                    }
                }
            }
            return edges;
        }

        private static Set<State> reach(Set<State> start, Map<State, Set<State>> edges) {
            Set<State> seen = new HashSet<>(start);
            Deque<State> todo = new ArrayDeque<>(start);
            while (!todo.isEmpty()) {
                for (State next : edges.getOrDefault(todo.pop(), Set.of())) {
                    if (seen.add(next)) {
                        todo.push(next);
                    }
                }
            }
            return seen;
        }
    }
}
