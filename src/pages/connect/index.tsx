import { useShareAppMessage } from '@tarojs/taro'
import EmptyState from '@/components/empty-state'
import PageShell from '@/components/page-shell'
import TipOfTheDay, { tipShareMessage } from '@/components/tip-of-the-day'
import { getLang } from '@/i18n'

// In the H5 dev build the shell asks for a demo identity first, like every tab page.
// The call planner is still a placeholder (its own feature); the tip of the day is live.
export default function ConnectPage(): JSX.Element {
  // "Send to family" on WeChat shares today's tip to a chat (e.g. the grandparents).
  useShareAppMessage(() => tipShareMessage(getLang()) ?? {})
  return (
    <PageShell titleKey='title.connect' isTab className='connect'>
      <TipOfTheDay />
      <EmptyState titleKey='connect.empty.title' bodyKey='connect.empty.body' moreKey='connect.empty.more' />
    </PageShell>
  )
}
