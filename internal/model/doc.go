// Package model holds a campaign (主题实践活动) as the 综合组 keeps it: units,
// the office and its groups, special activities, phases, dated tasks, meeting
// cadences and meetings, the briefing plan, documents to issue, work
// requirements and the plan's prose. It does no I/O: package load fills a
// Campaign from a file, calls ResolvePeriods and then Check, and maps each
// Problem's key path to a line and column.
//
// Derived views are computed on demand, never stored, so the data file stays
// the one source of truth:
//
//   - Matrix: the responsibility matrix, tasks × units → 牵头/责任, with totals;
//   - Schedule: each task over the 36 旬 of the year, with phase bands;
//   - Stats: counts by status, phase and unit, on time, late and overdue as of
//     a date;
//   - WeekList / Week: the weekly task list of an ISO week, with overdue tasks
//     carried over until they are checked off;
//   - Paragraphs: the plan's task paragraphs (tasks joined by JoinPrevious).
//
// Inheritance: a task with an empty Lead (or Units) list that belongs to a
// special activity takes the activity's list; TaskLead and TaskUnits apply
// the rule and every view uses them. A list written on the task overrides.
//
// Periods: a task's period may lie outside its phase's period (the plan puts
// its 全年 tasks under 推进实施); that is not a problem. A task is done on time
// when DoneOn is no later than Period.End, and overdue as of a day when it is
// not finished and Period.End is before that day.
//
// Values are plain data; the views read the campaign and may run
// concurrently as long as nobody modifies it.
package model
