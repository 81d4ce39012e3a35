import PageShell from '@/components/page-shell'

export default function Page(): JSX.Element {
  return <PageShell titleKey='reminders.title.callFeedback'>{null}</PageShell>
}
