/**
 * Names of Zoom Phone, Zoom Contact Center and Zoom Workplace features and roles, written
 * capitalised in logs, admin exports and tickets (Agent Scorecard, Call Queue, Auto Receptionist,
 * Shared Line Group, Hot Desking, Power Pack): capitalised word pairs that the name rules would
 * otherwise take for a person, above all after a trigger word that is also a feature's first word
 * (Agent, Contact, Host, Owner). Facts from Zoom's public support and product pages (Zoom Phone
 * call routing comparison, Contact Center and Workforce Engagement pages, Zoom Phone bluepaper),
 * one lower-case phrase each.
 */
const FEATURES: readonly string[] = (
  // Zoom Phone: routing, lines, devices and call handling.
  'auto receptionist|main auto receptionist|call queue|call queues|shared line group|shared line groups|shared line appearance|' +
  'call delegation|call park|group call pickup|call pickup|hot desking|hot desk|common area phone|common area phones|common area|' +
  'power pack|power user|business hours|closed hours|holiday hours|call handling|call forwarding|call flip|call flow|call flow editor|' +
  'call monitoring|call recording|automatic call recording|ad hoc call recording|call history|call log|call logs|call waiting|' +
  'call transfer|warm transfer|blind transfer|barge|whisper|takeover|conference barge|line key|line keys|speed dial|blocked list|' +
  'caller id|outbound caller id|direct number|direct numbers|main company number|company number|emergency calling|nomadic emergency services|' +
  'emergency address|emergency services|personal emergency address|site|sites|phone system management|phone user|phone users|' +
  'interactive voice response|voicemail inbox|visual voicemail|voicemail transcription|voicemail greeting|elevate to meeting|' +
  'zoom phone|zoom phone pro|zoom phone power pack|zoom phone appliance|zoom phone local survivability|local survivability|' +
  'bring your own carrier|bring your own pbx|provider exchange|global select|metered plan|unlimited plan|calling plan|calling plans|' +
  'sms|business sms|sms campaign|team sms|video voicemail|live transcription|ai companion|zoom ai companion|smart embed|' +
  // Zoom Contact Center and Workforce Engagement.
  'zoom contact center|contact center|agent scorecard|agent scorecards|agent desktop|agent status|agent queue|agent queues|' +
  'agent routing|agent group|agent groups|agent assist|agent disposition|virtual agent|zoom virtual agent|quality management|' +
  'workforce management|workforce engagement|engagement hub|engagement history|engagement queue|expert assist|supervisor view|' +
  'real time analytics|historical analytics|historical reports|wallboard|wallboards|disposition|dispositions|skills based routing|' +
  'scheduled callback|outbound campaign|outbound campaigns|campaign|campaigns|flow editor|flow builder|inbox|queue overflow|' +
  'max wait time|wrap up|wrap up time|after call work|not ready|ready|occupied|on break|' +
  // Zoom Workplace.
  'zoom workplace|zoom rooms|zoom room|zoom meetings|zoom webinars|zoom events|zoom team chat|team chat|zoom whiteboard|zoom mail|' +
  'zoom calendar|zoom clips|zoom notes|zoom docs|zoom scheduler|personal meeting room|personal meeting id|waiting room|breakout room|' +
  'breakout rooms|host key|alternative host|co host|meeting host|help desk|it helpdesk|it help desk|service desk|it support|' +
  'level 1 support|level 2 support|tier 1 support|tier 2 support|system administrator|account owner|account admin|billing admin'
).split('|');

const BY_FIRST = new Map<string, string[][]>();
for (const feature of FEATURES) {
  const words = feature.split(' ');
  BY_FIRST.set(words[0]!, [...(BY_FIRST.get(words[0]!) ?? []), words]);
}

/**
 * The number of words of the feature name that the words (lower case) start with, or 0 (the
 * longest one known: Call Queue Overflow is Call Queue's).
 */
export function featureNameLength(words: readonly string[]): number {
  const candidates = BY_FIRST.get(words[0] ?? '');
  if (!candidates) return 0;
  let best = 0;
  for (const feature of candidates) {
    if (feature.length > best && feature.length <= words.length && feature.every((w, i) => words[i] === w)) best = feature.length;
  }
  return best;
}

/** True when a text (plain words, any case) starts with a feature name of Zoom's products. */
export function startsWithFeatureName(text: string): boolean {
  const first = /^[^A-Za-z0-9]*([A-Za-z0-9]+)/.exec(text);
  // Most capitalised words start no feature: one map lookup before the text is split.
  if (!first || !BY_FIRST.has(first[1]!.toLowerCase())) return false;
  const words = text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).slice(0, 6);
  return featureNameLength(words) > 0;
}
