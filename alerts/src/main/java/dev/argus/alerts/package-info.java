/**
 * Alerts: saved queries that notify as articles arrive. {@link dev.argus.alerts.Alerts} is the
 * entry point: it keeps the alerts and their state in {@code DATA/alerts/alerts.db}, matches each
 * committed batch through the store's saved-query matcher, lets the pure {@link
 * dev.argus.alerts.Engine} decide what to say (a new story, an update when a story reaches a new
 * language or country, a spike), and delivers by webhook, e-mail and Atom feed, logging every
 * attempt.
 */
package dev.argus.alerts;
