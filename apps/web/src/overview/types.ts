// Shapes of the OverviewScreen query's result, named for the components that render them.
import type { OverviewScreenQuery } from '../generated/graphql';

export type OverviewProcess = OverviewScreenQuery['process'];
export type DashboardData = OverviewProcess['dashboard'];
export type OpenMatter = OverviewProcess['matters']['edges'][number]['node'];
export type ReasonData = OpenMatter['readiness']['reasons'][number];
