/**
 * API: who calls the library (actors, their roles and permissions), the data categories a call
 * touches, and the access policy that decides.
 */
package io.github.ankommen.access;
