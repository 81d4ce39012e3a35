import EmptyState from '@/components/empty-state'
import PageShell from '@/components/page-shell'

// In the H5 dev build the shell asks for a demo identity first, like every tab page.
// Placeholder until the feature ships: says honestly what is coming, shows no fake data.
export default function ConnectPage(): JSX.Element {
  return (
    <PageShell titleKey='title.connect' isTab className='connect'>
      <EmptyState titleKey='connect.empty.title' bodyKey='connect.empty.body' moreKey='connect.empty.more' />
    </PageShell>
  )
}
