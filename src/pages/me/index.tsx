import InboxEntry from '@/components/inbox-entry'
import PageShell from '@/components/page-shell'
import MeProfile from './profile'
import './index.scss'

export default function MePage(): JSX.Element {
  return (
    <PageShell titleKey='title.me' isTab className='me'>
      <InboxEntry />
      <MeProfile />
    </PageShell>
  )
}
