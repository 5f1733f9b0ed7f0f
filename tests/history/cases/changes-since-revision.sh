# Every kind of change between two commits, named and counted: completed,
# added, dropped, status and RAG changes, a slipped due date, a new progress
# note, a KPI figure added, a past figure restated, a target changed.
. "$(dirname "$0")/../lib.sh"
base_plan
commit 2017-03-20 "Ann Officer" "Plan agreed"
git tag board-march
cat > actions/practice.yaml <<'YAML'
actions:
  - id: A-1
    title: Supervision policy
    theme: practice
    recommendations: [1]
    leads: [Head of Service]
    due: 2017-04
    status: done
    done: 2017-04-12
  - id: A-2
    title: Assessment timeliness
    theme: practice
    recommendations: [2]
    leads: [Service Manager]
    due: 2017-08-31
    status: blocked
    progress:
      - {date: 2017-04-20, rag: amber, note: Waiting for the new case system}
  - id: A-3
    title: Pathway plans
    theme: practice
    recommendations: [3]
    leads: [Leaving Care Manager]
    due: 2017-09
    status: dropped
    reason: Merged into A-4
  - id: A-4
    title: Pathway plans and care leaver offer
    theme: practice
    recommendations: [3]
    leads: [Leaving Care Manager]
    due: 2017-10
    status: in-progress
YAML
cat > kpis/timeliness.yaml <<'YAML'
kpi:
  id: timeliness
  title: Assessments within 45 days
  unit: percent
  better: higher
  frequency: monthly
  target: {value: 90, by: 2018-03}
  tolerance: 5
  data:
    - {period: 2017-01, value: 70}
    - {period: 2017-02, value: 71}
    - {period: 2017-03, value: 75}
YAML
commit 2017-04-24 "Bob Lead" "April update"
run changes --since board-march --as-of 2017-04-25
run changes --since board-march --as-of 2017-04-25 --format json
