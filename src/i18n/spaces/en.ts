// spaces: English messages; exactly the keys of ./zh-CN (a missing key is a type error).
import type { spacesZhCN } from './zh-CN'

export const spacesEn: Record<keyof typeof spacesZhCN, string> = {
  'spaces.title.join': 'Join a factory',
  'spaces.title.consent': "Children's privacy notice",
  'spaces.title.children': 'My children',
  'spaces.title.childEdit': "Child's details",
  'spaces.title.childSummary': "Child's details (export)",
  'spaces.title.list': 'Summer spaces',
  'spaces.title.registrations': 'My registrations',
  'spaces.title.notifications': 'Messages',
  'spaces.title.hr.seasons': 'Manage spaces',
  'spaces.title.hr.seasonEdit': 'Space settings',
  'spaces.title.hr.registrations': 'Registrations',
  'spaces.title.hr.roster': 'Roster',
  'spaces.title.hr.staffRoles': 'Roles',
  'spaces.title.hr.today': "Today's children",
  'spaces.title.hr.attendance': 'Attendance by day',
  'spaces.title.childAttendance': 'Attendance and pickups',

  'spaces.error.unknown': 'Something went wrong. Please try again later.',

  'spaces.home.noFactory': 'You have not joined a factory yet',
  'spaces.home.noFactoryBody': 'Enter the invite code from your factory, or scan the factory QR code.',
  'spaces.home.join': 'Join a factory with a code',
  'spaces.home.joinAnother': 'Join another factory with a code',
  'spaces.home.list': 'Register for a space',
  'spaces.home.listBody': 'See the summer spaces and register your child.',
  'spaces.home.registrations': 'My registrations',
  'spaces.home.registrationsBody': 'Results, waiting list and cancelling.',
  'spaces.home.children': 'My children',
  'spaces.home.childrenBody': "Add, change, export or delete your children's details.",
  'spaces.home.notifications': 'Messages',
  'spaces.home.notificationsBody': 'News about places and registrations.',
  'spaces.home.seasons': 'Manage spaces',
  'spaces.home.seasonsBody': 'Create spaces, open or close registration, see the lists.',
  'spaces.home.roles': 'Roles',
  'spaces.home.rolesBody': 'Choose who is space staff and who is HR.',
  'spaces.home.today': "Today's children",
  'spaces.home.todayBody': 'Check children in and hand them over.'
}
