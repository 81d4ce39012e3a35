import PageShell from '@/components/page-shell'
import CourseMap from './course-map'
import PracticeCard from './practice-card'
import './index.scss'

// The course map. The lesson player, quiz, survey and certificates are in the learning subpackage.
export default function LearnPage(): JSX.Element {
  return (
    <PageShell titleKey='title.learn' isTab className='learn'>
      <PracticeCard />
      <CourseMap />
    </PageShell>
  )
}
