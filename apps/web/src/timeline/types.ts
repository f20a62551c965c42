// Shapes of the TimelineScreen query's result, named for the components that render them.
import type { TimelineScreenQuery } from '../generated/graphql';

export type ProcessData = TimelineScreenQuery['process'];
export type DashboardData = ProcessData['dashboard'];
export type MilestoneData = ProcessData['milestones']['edges'][number]['node'];
export type MatterData = ProcessData['matters']['edges'][number]['node'];
export type ReasonData = MatterData['readiness']['reasons'][number];
