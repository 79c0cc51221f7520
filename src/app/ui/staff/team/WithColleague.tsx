import type { ComponentChildren } from 'preact';
import type { TeamMember } from '../../../../core/hub-api';
import { listTeam } from '../../../hub-api';
import { staffSession } from '../../../state/hubSession';
import { BackLink } from '../../components/BackLink';
import { Loaded } from '../components/Loaded';
import { useHubData } from '../useHubData';

/** A page about one colleague: loads them from the team (saying so if there is no such person). */
export function WithColleague({ userId, children }: { userId: string; children: (person: TeamMember, isMe: boolean) => ComponentChildren }) {
  const { result, reload } = useHubData(async (client) => (await listTeam(client)).staff.find((s) => s.id === userId) ?? null, userId);
  const isMe = staffSession.value?.user.id === userId;
  return (
    <>
      <BackLink href="/hub/team">Back to the team</BackLink>
      <Loaded data={result} retry={reload} what="the team">
        {(person) =>
          person ? (
            children(person, isMe)
          ) : (
            <>
              <h1 class="app-heading-l">Not on the team</h1>
              <p>There is no such person on the hub team. Check the address, or go back to the team.</p>
            </>
          )
        }
      </Loaded>
    </>
  );
}
