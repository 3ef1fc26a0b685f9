// The smallest organisation that is valid and measurable: one Team, one Calendar, one Standard, one SOP and the
// Pipeline, written by `standards init` so a team starts from its own content instead of deleting the example.
// Pure: the command decides where the files go.

export interface StarterSettings {
  /** Shown on the site and in the reports. */
  organisation: string;
  /** IANA time zone of the business hours. */
  timezone: string;
  /** GitHub handle of the person who leads the support team (owner of the documents, reviewer of changes). */
  lead: string;
  /** YYYY-MM-DD: effective date and last review of the new documents. */
  today: string;
}

export interface StarterDocument {
  /** Relative to the repository root. */
  file: string;
  text: string;
}

/** Placeholder written when no `--lead` is given; `validate` accepts it, the init command tells what to change. */
export const PLACEHOLDER_LEAD = 'your-github-handle';

/** A YAML double-quoted scalar, so any organisation name is read back exactly. */
function quoted(text: string): string {
  return JSON.stringify(text);
}

export function starterDocuments(settings: StarterSettings): StarterDocument[] {
  const { organisation, timezone, lead, today } = settings;
  return [
    {
      file: 'standards/pipeline.yaml',
      text: `# yaml-language-server: $schema=../schemas/pipeline.schema.json
# How the nightly job runs. It starts on the bundled sample helpdesk so that \`npm start\` works at once; point
# \`source\` at your helpdesk (see "Connect your helpdesk" in the README) to measure your own tickets.
kind: Pipeline
id: pipeline
organisation: ${quoted(organisation)}
owner: support # owns schemas, scripts, workflows, teams and calendars (CODEOWNERS)

source:
  type: sample

store:
  dir: data

site:
  title: ${quoted(`${organisation} service standards`)}
`,
    },
    {
      file: 'standards/teams/support.yaml',
      text: `# yaml-language-server: $schema=../../schemas/team.schema.json
kind: Team
id: support
name: Support
description: The support team. Its leads own the standards and the SOP, and review every change to them.
calendar: business-hours
leads:
  - ${lead}
members:
  - ${lead}
`,
    },
    {
      file: 'standards/calendars/business-hours.yaml',
      text: `# yaml-language-server: $schema=../../schemas/calendar.schema.json
# When the support desk is staffed. Clocks of standards that use this calendar run only in these hours.
kind: Calendar
id: business-hours
name: Business hours
timezone: ${timezone}
hours:
  monday: [09:00-17:00]
  tuesday: [09:00-17:00]
  wednesday: [09:00-17:00]
  thursday: [09:00-17:00]
  friday: [09:00-17:00]
holidays: []
`,
    },
    {
      file: 'standards/service-levels/first-response.yaml',
      text: `# yaml-language-server: $schema=../../schemas/standard.schema.json
kind: Standard
id: first-response
title: Every ticket gets a first reply from a person within one business day
dimension: responsiveness
metric: first_response_time
threshold: 8h
calendar: business-hours
objective: 90%
window: 30d
owner: support
effective: ${today}
review: { every: 6mo, last: ${today} }
rationale: >-
  A starting point: one business day (8 business hours) for nine tickets in ten. Measure a month, then set the
  threshold and the objective from what the team achieves and what customers need.
`,
    },
    {
      file: 'standards/sops/handle-request.yaml',
      text: `# yaml-language-server: $schema=../../schemas/sop.schema.json
kind: SOP
id: handle-request
title: Handling a customer request
version: 1
status: active
owner: support
summary: How every new ticket is picked up and answered, so that the first-response standard is met.
serves:
  - first-response
steps:
  - id: triage
    title: Check the priority and the category
    within: 2h
    role: agent
    instructions: |
      Take the oldest ticket in the queue first. Correct the priority if the customer chose the wrong one, and set
      the category.
  - id: first-reply
    title: Reply to the customer
    within: 8h
    clock: business
    keeps: { standard: first-response }
    role: agent
    instructions: |
      Answer the question, or say what happens next and when. Solve the ticket only when nothing is left to do.
review:
  every: 6mo
  last: ${today}
changelog:
  - version: 1
    date: ${today}
    summary: First version.
`,
    },
  ];
}
