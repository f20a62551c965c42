/**
 * Page sizes that hold a whole process at the real scale (30 matters, 50 milestones). They keep the query's cost
 * (10,872 points) under COSTLY_QUERY_COST (20,000): a load test from one client of a query above it would measure
 * the per-person limit of 60 a minute refusing it, which is that guard doing its job, not its cost.
 */
export const DASHBOARD_PAGE = 50;

/** The dashboard query of the statement-count test (apps/api/test/support/dashboard-query.ts), paged as above. */
export const DASHBOARD_QUERY = `
  query Dashboard($id: ID!) {
    process(id: $id) {
      title
      dashboard { openMatters readiness daysToNextMilestone nextMilestone { title } byHealth { health count }
                  milestones { milestone { shortTitle } readiness openMatters } }
      milestones(first: ${DASHBOARD_PAGE}) { edges { node { title startsAtLocal convenors { name } contacts { name } } } }
      matters(first: ${DASHBOARD_PAGE}) {
        totalCount
        edges { node {
          title status
          decidingMilestone { shortTitle }
          readiness { score reasons { code message } }
          health { level reasons { message } }
          options { text stage proposer { name } }
          actions { title status due owner { name } }
          dependencies { title status }
          views { position participant { name } }
          viewTally { statePartiesWithView statePartiesObjecting }
        } }
      }
    }
  }`;
