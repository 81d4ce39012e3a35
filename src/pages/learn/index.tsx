import EmptyState from '@/components/empty-state'
import PageShell from '@/components/page-shell'

// In the H5 dev build the shell asks for a demo identity first, like every tab page.
// Placeholder until the feature ships: says honestly what is coming, shows no fake data.
export default function LearnPage(): JSX.Element {
  return (
    <PageShell titleKey='title.learn' isTab className='learn'>
      <EmptyState titleKey='learn.empty.title' bodyKey='learn.empty.body' moreKey='learn.empty.more' />
    </PageShell>
  )
}
