/**
 * Who calls the library: actors, their roles and permissions.
 */
package io.github.ankommen.access;
