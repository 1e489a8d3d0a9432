/**
 * Scam and harmful-content reports: a team member files what a resident reported, a DMN triage sets
 * the police deadline, the commune police handle it (the chief steps in when it is overdue), the
 * team member tells the resident, and approved warnings are published anonymously.
 */
package vn.digitalteams.scamreport;
