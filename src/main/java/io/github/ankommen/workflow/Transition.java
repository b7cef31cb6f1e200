package io.github.ankommen.workflow;

import io.github.ankommen.access.Permission;
import io.github.ankommen.access.Role;
import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A named move of a workflow: from which states, to where, what it needs, and who may fire it.
 *
 * <p>An actor may fire a transition if its role is one of {@link #allowedRoles()}, or if it holds
 * one of {@link #permissions()}. That is the whole role check of the workflow engine; whether the
 * actor works at the right contact point is the caller's business (case work checks it). A
 * <em>reopen</em> transition is the only kind that may leave a terminal state.
 *
 * <p>Start from {@link #of(String, Set, Target)} and change it with the {@code with} methods. This
 * class is immutable and thread-safe if its guard is.
 *
 * @param <C> the type of the subject the guard looks at
 * @param name the transition's name, a stable machine name like a state's
 * @param from the states it leaves, at least one
 * @param to where it leads
 * @param requiredInputs the inputs whoever fires it must give
 * @param allowedRoles the roles that may fire it
 * @param permissions permissions that allow firing it whatever the role
 * @param guard the condition on the subject
 * @param reopen true if it leaves a terminal state
 * @since 0.1.0
 */
public record Transition<C>(
        @NotNull @Pattern(regexp = State.NAME_PATTERN) String name,
        @NotEmpty Set<@NotNull State> from,
        @NotNull Target to,
        @NotNull Set<@NotNull Input> requiredInputs,
        @NotNull Set<@NotNull Role> allowedRoles,
        @NotNull Set<@NotNull Permission> permissions,
        @NotNull Guard<C> guard,
        boolean reopen) {

    /** The roles that may fire a transition made with {@link #of}: coordinators and caseworkers. */
    public static final Set<Role> DEFAULT_ROLES = Set.of(Role.COORDINATOR, Role.CASEWORKER);

    /**
     * Creates a transition.
     *
     * @param name the name, not null, matching {@link State#NAME_PATTERN}
     * @param from the states it leaves, not empty, without nulls
     * @param to where it leads, not null
     * @param requiredInputs the inputs it needs, not null, without nulls
     * @param allowedRoles the roles that may fire it, not null, without nulls; may be empty
     * @param permissions permissions that allow firing it, not null, without nulls; may be empty
     * @param guard the condition on the subject, not null; {@link Guard#none()} for none
     * @param reopen true if it leaves a terminal state; a reopen must lead to a fixed state
     * @throws jakarta.validation.ConstraintViolationException if a component is missing or malformed
     */
    public Transition(String name, Set<State> from, Target to, Set<Input> requiredInputs, Set<Role> allowedRoles,
            Set<Permission> permissions, Guard<C> guard, boolean reopen) {
        this.name = name;
        this.from = FrozenCollections.copyOf(from);
        this.to = to;
        this.requiredInputs = FrozenCollections.copyOf(requiredInputs);
        this.allowedRoles = FrozenCollections.copyOf(allowedRoles);
        this.permissions = FrozenCollections.copyOf(permissions);
        this.guard = guard;
        this.reopen = reopen;
        RecordValidation.valid(this);
    }

    /**
     * Creates a transition with no required inputs, no guard, not a reopen, that coordinators and
     * caseworkers may fire.
     *
     * @param <C> the subject's type
     * @param name the name, not null, matching {@link State#NAME_PATTERN}
     * @param from the states it leaves, not empty, without nulls
     * @param to where it leads, not null
     * @return the transition
     * @throws jakarta.validation.ConstraintViolationException if a component is missing or malformed
     */
    public static <C> Transition<C> of(String name, Set<State> from, Target to) {
        return new Transition<>(name, from, to, Set.of(), DEFAULT_ROLES, Set.of(), Guard.none(), false);
    }

    /**
     * Creates a transition to a fixed state; see {@link #of(String, Set, Target)}.
     *
     * @param <C> the subject's type
     * @param name the name, not null, matching {@link State#NAME_PATTERN}
     * @param from the state it leaves, not null
     * @param to the state it leads to, not null
     * @return the transition
     * @throws jakarta.validation.ConstraintViolationException if a component is missing or malformed
     * @throws NullPointerException if {@code from} or {@code to} is null
     */
    public static <C> Transition<C> of(String name, State from, State to) {
        return of(name, Set.of(from), Target.state(to));
    }

    /**
     * Returns a copy that leaves other states.
     *
     * @param states the states it leaves, not empty, without nulls
     * @return the changed transition
     * @throws jakarta.validation.ConstraintViolationException if the set is null, empty or holds null
     */
    public Transition<C> withFrom(Set<State> states) {
        return new Transition<>(name, states, to, requiredInputs, allowedRoles, permissions, guard, reopen);
    }

    /**
     * Returns a copy that leads elsewhere.
     *
     * @param target where it leads, not null
     * @return the changed transition
     * @throws jakarta.validation.ConstraintViolationException if the target is null
     */
    public Transition<C> withTo(Target target) {
        return new Transition<>(name, from, target, requiredInputs, allowedRoles, permissions, guard, reopen);
    }

    /**
     * Returns a copy that requires exactly these inputs.
     *
     * @param inputs the inputs, not null, without nulls; none for no inputs
     * @return the changed transition
     * @throws jakarta.validation.ConstraintViolationException if an input is null
     * @throws NullPointerException if the array is null
     */
    public Transition<C> withInputs(Input... inputs) {
        return new Transition<>(name, from, to, nullable(inputs), allowedRoles, permissions, guard, reopen);
    }

    /**
     * Returns a copy that exactly these roles may fire, such as to let volunteers put a case on hold.
     *
     * @param roles the roles, not null, without nulls; none for no role
     * @return the changed transition
     * @throws jakarta.validation.ConstraintViolationException if a role is null
     * @throws NullPointerException if the array is null
     */
    public Transition<C> withRoles(Role... roles) {
        return new Transition<>(name, from, to, requiredInputs, nullable(roles), permissions, guard, reopen);
    }

    /**
     * Returns a copy that actors holding any of these permissions may fire, whatever their role.
     *
     * @param granting the permissions, not null, without nulls; none for no permission
     * @return the changed transition
     * @throws jakarta.validation.ConstraintViolationException if a permission is null
     * @throws NullPointerException if the array is null
     */
    public Transition<C> withPermissions(Permission... granting) {
        return new Transition<>(name, from, to, requiredInputs, allowedRoles, nullable(granting), guard, reopen);
    }

    /**
     * Returns a copy with another guard; {@link Guard#none()} drops the guard.
     *
     * @param condition the guard, not null
     * @return the changed transition
     * @throws jakarta.validation.ConstraintViolationException if the guard is null
     */
    public Transition<C> withGuard(Guard<C> condition) {
        return new Transition<>(name, from, to, requiredInputs, allowedRoles, permissions, condition, reopen);
    }

    /**
     * Returns a copy that is, or is not, a reopen.
     *
     * @param isReopen true if it leaves a terminal state
     * @return the changed transition
     * @throws jakarta.validation.ConstraintViolationException if it becomes a reopen that does not
     *     lead to a fixed state
     */
    public Transition<C> withReopen(boolean isReopen) {
        return new Transition<>(name, from, to, requiredInputs, allowedRoles, permissions, guard, isReopen);
    }

    /**
     * Describes the transition by its name, states, inputs and roles; the guard is not described.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "Transition[" + name + ": " + from + " -> " + to + (reopen ? " (reopen)" : "")
                + ", inputs=" + requiredInputs + ", roles=" + allowedRoles + ", permissions=" + permissions + "]";
    }

    @AssertTrue(message = "{io.github.ankommen.workflow.Transition.reopen.message}")
    private boolean isReopenToFixedState() {
        return !reopen || to == null || to.fixedState() != null;
    }

    /** Keeps null elements, unlike Set.of, so that validation reports them. */
    private static <E> Set<E> nullable(E[] elements) {
        return new LinkedHashSet<>(Arrays.asList(elements));
    }
}
