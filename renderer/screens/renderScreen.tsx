import { HelpScreen } from './help/HelpScreen.js';
import { HomeScreen } from './home/HomeScreen.js';
import { JobCategoriesScreen } from './jobs/JobCategoriesScreen.js';
import { JobDetailScreen } from './jobs/JobDetailScreen.js';
import { JobFiltersScreen } from './jobs/JobFiltersScreen.js';
import { JobInterestFlow } from './jobs/interest/JobInterestFlow.js';
import { JobsScreen } from './jobs/JobsScreen.js';
import { EligibilityFlow } from './subsidies/EligibilityFlow.js';
import { PolicyDetailScreen } from './subsidies/PolicyDetailScreen.js';
import { PolicyInquiryFlow } from './subsidies/PolicyInquiryFlow.js';
import { PolicyListScreen } from './subsidies/PolicyListScreen.js';
import { StatusLookupFlow } from './subsidies/StatusLookupFlow.js';
import { SubsidiesScreen } from './subsidies/SubsidiesScreen.js';
import { CourseDetailScreen } from './training/CourseDetailScreen.js';
import { CourseFiltersScreen } from './training/CourseFiltersScreen.js';
import { TrainingSignupFlow } from './training/signup/TrainingSignupFlow.js';
import { TrainingScreen } from './training/TrainingScreen.js';
import { SettingsScreen } from './settings/SettingsScreen.js';
import { StaffScreen } from './staff/StaffScreen.js';
import type { FlowPosition, Route } from '../session/navigation.js';

export function renderScreen(route: Route) {
  switch (route.screen) {
    case 'home':
      return <HomeScreen />;
    case 'jobs':
      return <JobsScreen />;
    case 'job_filters':
      return <JobFiltersScreen />;
    case 'job_categories':
      return <JobCategoriesScreen />;
    case 'job_detail':
      return <JobDetailScreen key={route.jobId} jobId={route.jobId} />;
    case 'job_interest':
      return <JobInterestFlow key={flowKey(route.jobId, route)} at={route} />;
    case 'training':
      return <TrainingScreen />;
    case 'course_filters':
      return <CourseFiltersScreen />;
    case 'course_detail':
      return <CourseDetailScreen key={route.courseId} courseId={route.courseId} />;
    case 'training_signup':
      return <TrainingSignupFlow key={flowKey(route.sessionId, route)} at={route} />;
    case 'subsidies':
      return <SubsidiesScreen />;
    case 'policy_list':
      return <PolicyListScreen />;
    case 'policy_detail':
      return <PolicyDetailScreen key={route.policyId} policyId={route.policyId} />;
    case 'eligibility_check':
      return <EligibilityFlow key={route.step} step={route.step} />;
    case 'status_lookup':
      return <StatusLookupFlow key={flowKey('', route)} at={route} />;
    case 'policy_inquiry':
      return <PolicyInquiryFlow key={flowKey(route.policyId, route)} at={route} />;
    case 'settings':
      return <SettingsScreen />;
    case 'help':
      return <HelpScreen />;
    case 'staff':
      return <StaffScreen />;
  }
}

/** Each question of a flow is a fresh page: its own state, focus and arrival announcement. */
function flowKey(subject: string, position: FlowPosition): string {
  return `${subject}/${position.step}/${position.changing === true ? 'change' : 'ask'}`;
}
