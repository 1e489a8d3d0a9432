/**
 * Scam and harmful-content reports: a team member files what a resident reported, a DMN triage sets
 * the police deadline, the commune police handle it (the chief steps in when it is overdue), the
 * team member tells the resident, and approved warnings are published anonymously. Each case's facts
 * live in its record ({@code scam_report}, the reporter apart in {@code scam_reporter}, the evidence in
 * {@code scam_evidence}); the process keeps only the variables named in {@code ScamReportVariables}.
 */
package vn.digitalteams.scamreport;
