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

/**
 * The overview screen's question as of an instant: countdowns, counts, readiness per milestone, and every matter
 * with its readiness, health, options, actions and views. Replicas of one database, or a database and its
 * restored backup, answer it identically.
 */
export const OVERVIEW_AS_OF = `
  query OverviewAsOf($asOf: DateTime!) {
    process {
      id title
      dashboard(asOf: $asOf) {
        asOf openMatters totalMatters readiness daysToNextMilestone daysToDecisionDeadline
        nextMilestone { id title startsAt timeZone } decisionDeadline { id title }
        byHealth { health count } byStatus { status count }
        milestones { milestone { id shortTitle } readiness matters openMatters }
      }
      matters(asOf: $asOf, first: 500) {
        totalCount
        edges { node {
          id title status
          decidingMilestone { id shortTitle }
          readiness { score reasons { code message } }
          health { level reasons { code message } }
          options { id text stage }
          actions { id title status due }
          views { position participant { name } }
          viewTally { statePartiesWithView statePartiesObjecting }
        } }
      }
    }
  }`;
