/** The fixed vocabulary of services, so filters and labels work in every language (`service.<id>` UI keys). */
export const services = [
  'drop-in-centre',
  'outreach',
  'legal-support',
  'health',
  'counselling',
  'classes',
  'help-to-leave',
  'crisis-line',
  'migrant-support',
  'advocacy',
  'research',
  'union',
] as const;
/** One service id. */
export type Service = (typeof services)[number];
