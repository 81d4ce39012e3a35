import { useShareAppMessage } from '@tarojs/taro'
import CallPlannerEntry from '@/components/call-planner-entry'
import PageShell from '@/components/page-shell'
import TipOfTheDay, { tipShareMessage } from '@/components/tip-of-the-day'
import { getLang } from '@/i18n'

// In the H5 dev build the shell asks for a demo identity first, like every tab page.
// The tip of the day and the call planner's entry (its screens are in the reminders subpackage).
export default function ConnectPage(): JSX.Element {
  // "Send to family" on WeChat shares today's tip to a chat (e.g. the grandparents).
  useShareAppMessage(() => tipShareMessage(getLang()) ?? {})
  return (
    <PageShell titleKey='title.connect' isTab className='connect'>
      <TipOfTheDay />
      <CallPlannerEntry />
    </PageShell>
  )
}
