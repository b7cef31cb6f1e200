/**
 * A small, generic workflow engine: definitions of states and transitions, checked when they are
 * built, and a pure decision whether a transition may fire.
 *
 * <p>A {@link io.github.ankommen.workflow.Workflow} is generic over its subject (for case work, the
 * {@code Case}); its {@link io.github.ankommen.workflow.Guard guards} look at the subject. The engine
 * keeps no state and performs no effects: the caller asks
 * {@link io.github.ankommen.workflow.Workflow#refusal Workflow.refusal(...)} whether a transition
 * may fire and then builds the subject's new value itself. Everything here is immutable and
 * thread-safe, provided the guards are.
 */
package io.github.ankommen.workflow;
