import EmptyState from '@/components/empty-state'
import PageShell from '@/components/page-shell'

// In the H5 dev build the shell asks for a demo identity first, like every tab page.
// Placeholder until the feature ships: says honestly what is coming, shows no fake data.
export default function SpacesPage(): JSX.Element {
  return (
    <PageShell titleKey='title.spaces' isTab className='spaces'>
      <EmptyState titleKey='spaces.empty.title' bodyKey='spaces.empty.body' moreKey='spaces.empty.more' />
    </PageShell>
  )
}
