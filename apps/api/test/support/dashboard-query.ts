/** The dashboard's query, nested the way the dashboard reads it: everything per matter, nothing per row in SQL. */
export const DASHBOARD = `
  query Dashboard($id: ID!) {
    process(id: $id) {
      title
      dashboard { openMatters readiness daysToNextMilestone nextMilestone { title } byHealth { health count }
                  milestones { milestone { shortTitle } readiness openMatters } }
      milestones(first: 100) { edges { node { title startsAtLocal convenors { name } contacts { name } } } }
      matters(first: 500) {
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
