/** The kinds, roles and cadences a charter definition may use: no imports, so the schema and the browser code share them. */
export const FIELD_KINDS = ['text', 'textarea', 'date', 'time', 'number', 'choice', 'scale', 'timezone', 'goals'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

/** What a field means to the tools, and the kinds of field that can carry each meaning. */
export const FIELD_ROLES = {
  'mentor-name': ['text'],
  'mentee-name': ['text'],
  'start-date': ['date'],
  'end-date': ['date'],
  'mentee-goals': ['goals'],
  'mentor-goals': ['goals'],
  cadence: ['choice'],
  'cadence-weeks': ['number'],
  'session-minutes': ['number'],
  'first-meeting-date': ['date'],
  candour: ['scale'],
  'review-date': ['date'],
  'review-weeks': ['number'],
  'mid-point-date': ['date'],
} as const satisfies Record<string, readonly FieldKind[]>;
export type FieldRole = keyof typeof FIELD_ROLES;
export const FIELD_ROLE_NAMES = Object.keys(FIELD_ROLES) as FieldRole[];

/** The values a `cadence` field may offer. */
export const CADENCES = ['weekly', 'fortnightly', 'monthly', 'every-n-weeks'] as const;
export type Cadence = (typeof CADENCES)[number];
