import { quarterLabel } from '../time';
import type { QuarterId } from '../time';

/** What the demo's managers write: plain, specific, and long enough for the template's minimums. */
export type DemoStory = 'green' | 'amber' | 'red' | 'outlier' | 'reprofiled';

const PROGRESS: Record<DemoStory, string> = {
  green:
    'We delivered to profile this quarter. Referrals from the GP surgeries and the council contact centre stayed steady, ' +
    'and our volunteers covered every planned session. Waiting times for a first appointment stayed under two weeks.',
  amber:
    'Delivery fell short of profile this quarter. Two of our three group workers were off sick for several weeks, so we ' +
    'cancelled eleven group sessions. Both are back now, and we have trained two volunteers to co-lead groups so that one ' +
    'absence does not stop a group running again.',
  red:
    'Delivery is well below profile. Our volunteer coordinator left in the spring and we have not yet filled the post, so ' +
    'new befriender matches have slowed and some matches ended without a replacement. We have re-advertised the post, ' +
    'asked the hub for help with volunteer recruitment, and are prioritising clients referred by social workers.',
  outlier:
    'Sessions were far above the usual level because our summer holiday programme ran every weekday for six weeks, with ' +
    'sport, cooking and art. Most young people came to several sessions a week, so unique clients rose much less than sessions.',
  reprofiled:
    'The church hall was closed for roof repairs, as agreed in the re-profile, so lunches moved to the smaller room at the ' +
    'library. We ran two sittings a day to keep as many people coming as we could, and drivers brought people who could not walk there.',
};

const CASE_STUDY: Record<DemoStory, string> = {
  green:
    'A woman in her fifties came to us after her hours at work were cut and she fell behind with her rent and council tax. ' +
    'She had stopped opening letters. We went through them with her, checked her benefits, and helped her claim the housing ' +
    'element of Universal Credit she was missing. We agreed affordable payments with the council. She told us she is sleeping ' +
    'again and has started to volunteer at our reception one morning a week.',
  amber:
    'A carer who looks after her husband, who has dementia, joined our Tuesday group after a referral from her GP. She had ' +
    'not had a day to herself for over a year. We arranged a sitting service so she could come, and she now meets two other ' +
    'carers for coffee between sessions. She says the group is the one place where people understand, and she feels able to ' +
    'ask for help before things reach a crisis.',
  red:
    'A man in his eighties who lives alone was referred after a fall. He had not left his flat for months. We matched him with ' +
    'a befriender who visits every week, and after a few visits they began walking to the shops together. He now goes to the ' +
    'lunch club on Thursdays. He told his befriender that the visits are the part of the week he looks forward to most. ' +
    'We have twelve more people waiting for a match like his.',
  outlier:
    'A fifteen-year-old who had stopped going to school came to the summer programme with a friend. She joined the cooking ' +
    'sessions and then helped to run them for younger children. Our youth worker kept in touch with her school, and she went ' +
    'back in September with a plan agreed with her head of year. She now comes to the Wednesday evening club and has signed up ' +
    'for the junior leaders course.',
  reprofiled:
    'A retired bus driver whose wife died last year had stopped cooking and was losing weight. His daughter, who lives far ' +
    'away, rang us. A volunteer driver now brings him to the lunch club twice a week. He sits with the same group each time, ' +
    'and they have started a Friday dominoes game at the library. His daughter says he sounds like himself again on the phone, ' +
    'and his GP has noticed that he has put weight back on.',
};

export function demoNarrative(story: DemoStory, quarter: QuarterId): Record<string, string> {
  return {
    progress: `${quarterLabel(quarter)}: ${PROGRESS[story]}`,
    'case-study': CASE_STUDY[story],
    challenges: story === 'green' ? '' : 'We have told the hub and agreed the actions above with our trustees.',
  };
}

/** Why a figure is more than the tolerance away from its profile (C4) or unusual (A6). */
export function demoExplanation(story: DemoStory, above: boolean): string {
  if (story === 'outlier' && above) return 'Summer holiday programme: daily sessions for six weeks, agreed with the hub in advance.';
  if (story === 'reprofiled') return 'Hall closed for roof repairs; see the re-profile agreed in September 2026.';
  if (above) return 'More referrals than expected this quarter; we kept waiting times down by adding sessions.';
  if (story === 'green') return 'Fewer new referrals than expected; most people we saw this quarter already knew us.';
  return PROGRESS[story];
}

/** Why a figure is unusual against earlier quarters (A6). */
export function demoUnusualExplanation(story: DemoStory, above: boolean): string {
  if (story === 'green') return 'A normal quarter for us: the figure is close to our usual level, but our earlier quarters happened to be almost identical.';
  return demoExplanation(story, above);
}
