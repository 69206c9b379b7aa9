package serve

import (
	"net/http"
	"slices"
	"strings"
	"time"

	"gongwen/internal/cn"
	"gongwen/internal/ledger"
	"gongwen/internal/meetings"
	"gongwen/internal/model"
	"gongwen/internal/period"
)

// The work view: what the office has to chase, as the page shows it. It
// is computed from the campaign as `gongwen build` and `gongwen supervise`
// compute it, so the page and the documents never disagree.

type workTask struct {
	ID       string   `json:"id"`
	Title    string   `json:"title"`
	Category string   `json:"category"` // the phase, or the special activity
	Activity string   `json:"activity,omitempty"`
	Group    string   `json:"group,omitempty"`
	Lead     []string `json:"lead"`  // short names
	Units    []string `json:"units"` // short names
	Owners   []string `json:"owners"`
	Period   string   `json:"period"`
	Due      string   `json:"due,omitempty"`
	Status   string   `json:"status"`
	DoneOn   string   `json:"done_on,omitempty"`
	Notes    string   `json:"notes,omitempty"`
	Overdue  bool     `json:"overdue"`
	// OverdueDays counts working days past the due date (as 督办 counts
	// them); LeftDays the working days left for a task due soon.
	OverdueDays int  `json:"overdue_days,omitempty"`
	LeftDays    int  `json:"left_days,omitempty"`
	ThisWeek    bool `json:"this_week"`
}

type workDecision struct {
	Key     string `json:"key"` // meeting id-jyN, the id the weekly list and 督办 use
	Meeting string `json:"meeting"`
	Date    string `json:"date"`
	Text    string `json:"text"`
	Owner   string `json:"owner,omitempty"`
	Due     string `json:"due,omitempty"`
	Status  string `json:"status"`
	DoneOn  string `json:"done_on,omitempty"`
	Notes   string `json:"notes,omitempty"`
	Overdue bool   `json:"overdue"`
}

type workLetter struct {
	Owner      string   `json:"owner"`
	Name       string   `json:"name"`
	Overdue    int      `json:"overdue"`
	AtRisk     int      `json:"at_risk"`
	MaxDays    int      `json:"max_days"`
	Tasks      []string `json:"tasks"`
	NoticeFile string   `json:"notice_file,omitempty"` // the 督办通知 in the build
	ReplyFile  string   `json:"reply_file,omitempty"`  // and its 督办事项回复表
}

type statusCount struct {
	Status string `json:"status"`
	Count  int    `json:"count"`
}

type phaseCount struct {
	Phase    string        `json:"phase"`
	Total    int           `json:"total"`
	ByStatus []statusCount `json:"by_status"`
}

type workAnswer struct {
	File     string `json:"file"`
	Version  string `json:"version"`
	Editable bool   `json:"editable"` // a file of the server's data folder the page may change
	Campaign string `json:"campaign"`
	Year     int    `json:"year"`
	Date     string `json:"date"`
	Week     string `json:"week"`
	Totals   struct {
		Tasks    int           `json:"tasks"`
		ByStatus []statusCount `json:"by_status"`
		ByPhase  []phaseCount  `json:"by_phase"`
		Finished int           `json:"finished"`
		OnTime   int           `json:"on_time"`
		Late     int           `json:"late"`
		Overdue  int           `json:"overdue"`
		ThisWeek int           `json:"this_week"`
	} `json:"totals"`
	Statuses  []string       `json:"statuses"`
	Units     []string       `json:"units"`
	Tasks     []workTask     `json:"tasks"`
	Decisions []workDecision `json:"decisions"`
	Letters   []workLetter   `json:"letters"`
	Meetings  []workMeeting  `json:"meetings"`
	Cadences  []workCadence  `json:"cadences"`
	// Documents are the campaign's own documents (通知, 方案, …) with the
	// ids a template is rendered for (doc), matched to the build's list by
	// title.
	Documents []workDocument `json:"documents"`
}

type workDocument struct {
	ID    string `json:"id"`
	Kind  string `json:"kind"`
	Title string `json:"title"`
}

type workMeeting struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Date string `json:"date"`
}

type workCadence struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

func day(t *time.Time) string {
	if t == nil || t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

// work answers the work view of a campaign as of the request's date.
func (s *Server) work(w http.ResponseWriter, r *http.Request) error {
	f, err := s.readForm(w, r)
	if err != nil {
		return err
	}
	u, err := s.dataFile(f)
	if err != nil {
		return err
	}
	cp, err := s.loadCampaign(u.name, u.data, f.value("date"))
	if err != nil {
		return err
	}
	_, fromFolder := f.files["data"]
	a := workAnswer{File: u.name, Version: ledger.Version(u.data), Campaign: cp.c.Name, Year: cp.c.Year,
		Date: cp.date.Format(time.DateOnly), Editable: !fromFolder && s.editable(u.name) == nil}
	c := cp.c.OwnRegister() // the letters below take numbers; the loaded campaign is shared
	for _, st := range model.Statuses {
		a.Statuses = append(a.Statuses, string(st))
	}
	st := c.Stats(cp.date)
	a.Totals.Tasks, a.Totals.Finished, a.Totals.OnTime, a.Totals.Late, a.Totals.Overdue = st.Total, st.Finished, st.OnTime, st.Late, st.Overdue
	for _, sc := range st.ByStatus {
		a.Totals.ByStatus = append(a.Totals.ByStatus, statusCount{string(sc.Status), sc.Count})
	}
	for _, ps := range st.ByPhase {
		pc := phaseCount{Phase: ps.Phase.Name, Total: ps.Total}
		for _, sc := range ps.ByStatus {
			pc.ByStatus = append(pc.ByStatus, statusCount{string(sc.Status), sc.Count})
		}
		a.Totals.ByPhase = append(a.Totals.ByPhase, pc)
	}
	wk := period.WeekOf(cp.date)
	a.Week = c.WeekList(wk).Label
	thisWeek := map[string]bool{}
	for _, it := range c.WeekList(wk).Items {
		thisWeek[it.Task.ID] = true
	}
	sup, err := meetings.SuperviseWork(c, cn.DefaultCalendar(), meetings.SuperviseOptions{Date: cp.date})
	if err != nil {
		return newError(http.StatusUnprocessableEntity, "data_invalid", "计算逾期工作日：%v", err)
	}
	items := map[string]meetings.Item{}
	// The office groups' work is supervised too (at the 工作例会, not by
	// letter): its working days count the same.
	for _, l := range append(append([]meetings.Letter{}, sup.Letters...), sup.Office...) {
		for _, it := range l.Items {
			items[it.Task.ID] = it
		}
	}
	jobs, names, err := s.plan(r.Context(), cp)
	if err != nil {
		return err
	}
	for _, l := range sup.Letters {
		wl := workLetter{Owner: l.Owner, Name: l.Name, Overdue: l.Overdue, AtRisk: l.AtRisk, Tasks: []string{}}
		for _, it := range l.Items {
			wl.Tasks = append(wl.Tasks, it.Task.ID)
			wl.MaxDays = max(wl.MaxDays, it.Overdue)
		}
		for i, j := range jobs {
			switch {
			case j.Kind == "督办通知" && strings.Contains(j.Title, "对"+l.Name+"有关") && wl.NoticeFile == "":
				wl.NoticeFile = names[i]
			case j.Kind == "督办事项回复表" && strings.Contains(j.Title, "（"+l.Name+"）") && wl.ReplyFile == "":
				wl.ReplyFile = names[i]
			}
		}
		a.Letters = append(a.Letters, wl)
	}
	units := map[string]bool{}
	for i := range c.Tasks {
		t := &c.Tasks[i]
		wt := workTask{ID: t.ID, Title: t.Title, Period: t.Period.Text, Status: string(t.Status), DoneOn: day(t.DoneOn),
			Notes: t.Notes, Overdue: t.OverdueAt(cp.date), ThisWeek: thisWeek[t.ID],
			Lead: nonNil(c.UnitShorts(c.TaskLead(t))), Units: nonNil(c.UnitShorts(c.TaskUnits(t)))}
		if wt.Status == "" {
			wt.Status = string(model.NotStarted)
		}
		if !t.Period.End.IsZero() {
			wt.Due = t.Period.End.Format(time.DateOnly)
		}
		if p := c.PhaseByID(t.Phase); p != nil {
			wt.Category = p.Name
		}
		if ac := c.ActivityByID(t.Activity); ac != nil {
			wt.Activity = ac.Name
			if wt.Category == "" {
				wt.Category = ac.Name
			}
		}
		if g := c.GroupByID(t.Group); g != nil {
			wt.Group = g.Name
		}
		if wt.Category == "" {
			wt.Category = "其他任务"
		}
		if it, ok := items[t.ID]; ok {
			wt.OverdueDays, wt.LeftDays = it.Overdue, it.Left
		}
		wt.Owners = append(append([]string{}, wt.Lead...), wt.Units...)
		if len(wt.Owners) == 0 && wt.Group != "" {
			wt.Owners = []string{wt.Group}
		}
		for _, o := range wt.Owners {
			units[o] = true
		}
		if wt.ThisWeek {
			a.Totals.ThisWeek++
		}
		a.Tasks = append(a.Tasks, wt)
	}
	for _, un := range c.Units {
		if units[un.Short] {
			a.Units = append(a.Units, un.Short)
			delete(units, un.Short)
		}
	}
	rest := make([]string, 0, len(units))
	for u := range units {
		rest = append(rest, u)
	}
	slices.Sort(rest)
	a.Units = append(a.Units, rest...)
	for _, m := range c.Meetings {
		a.Meetings = append(a.Meetings, workMeeting{ID: m.ID, Name: m.Name, Date: m.Date.Format(time.DateOnly)})
		for j, d := range m.Decisions {
			wd := workDecision{Key: meetings.DecisionTaskID(m.ID, j), Meeting: m.Name, Date: m.Date.Format(time.DateOnly),
				Text: d.Text, Due: day(d.Due), Status: string(d.State()), DoneOn: day(d.DoneOn), Notes: d.Notes}
			if d.Owner != "" {
				wd.Owner = c.OwnerName(d.Owner)
			}
			wd.Overdue = d.Due != nil && !d.State().Finished() && d.Due.Before(period.Day(cp.date))
			a.Decisions = append(a.Decisions, wd)
		}
	}
	for _, cd := range c.Cadences {
		a.Cadences = append(a.Cadences, workCadence{ID: cd.ID, Name: cd.Name})
	}
	a.Documents = []workDocument{}
	for _, d := range c.Documents {
		a.Documents = append(a.Documents, workDocument{ID: d.ID, Kind: string(d.Kind), Title: d.Title})
	}
	if a.Tasks == nil {
		a.Tasks = []workTask{}
	}
	if a.Decisions == nil {
		a.Decisions = []workDecision{}
	}
	if a.Letters == nil {
		a.Letters = []workLetter{}
	}
	if a.Meetings == nil {
		a.Meetings = []workMeeting{}
	}
	writeJSON(w, http.StatusOK, a)
	return nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
