package serve

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"gongwen/internal/cn"
	"gongwen/internal/ledger"
	"gongwen/internal/load"
	"gongwen/internal/model"
	"gongwen/internal/xlsx"
)

// Editing the ledger from the page. Every change goes through
// internal/ledger, the code `gongwen import` uses: the data file keeps its
// comments, order and formatting, is written atomically, and each change
// is recorded beside it. Only files of the data folder are changed; an
// uploaded file has nowhere to be written back.

// editable says why the data folder's file name cannot be edited, or nil.
func (s *Server) editable(name string) error {
	if s.cfg.ReadOnly {
		return newError(http.StatusForbidden, "read_only", "此服务以只读方式启动（--read-only），不能在网页上修改数据")
	}
	if s.cfg.DataDir == "" || !slices.Contains(s.dataNames(), name) {
		return newError(http.StatusNotFound, "data_not_found", "服务器数据目录中没有活动数据文件“%s”；只有数据目录中的文件可以在网页上修改，上传的文件请在本地修改", name)
	}
	if ext := strings.ToLower(filepath.Ext(name)); ext != ".yaml" && ext != ".yml" {
		return newError(http.StatusUnprocessableEntity, "not_yaml", "%s 是 JSON 文件：网页上只能修改 YAML 数据文件（JSON 没有注释和行的格式可以保留）", name)
	}
	return nil
}

// editRequest is the JSON body of POST /api/edit.
type editRequest struct {
	DataName string `json:"data_name"`
	// Version is the version of the file the editor saw (the work view's
	// version): a save on a file changed since is merged or refused.
	Version string       `json:"version"`
	Who     string       `json:"who"`
	Tasks   []editValues `json:"tasks"`
	Meeting *editMeeting `json:"meeting"`
}

// editValues are the values of one task or decision to set; absent ones
// stay as they are.
type editValues struct {
	ID       string  `json:"id"`
	Decision bool    `json:"decision"`
	Status   *string `json:"status"`
	DoneOn   *string `json:"done_on"`
	Notes    *string `json:"notes"`
}

type editMeeting struct {
	ID      string `json:"id"`
	Cadence string `json:"cadence"`
	Name    string `json:"name"`
	Date    string `json:"date"`
	Place   string `json:"place"`
}

// editAnswer is what a save or an undo did.
type editAnswer struct {
	OK      bool         `json:"ok"`
	File    string       `json:"file"`
	Version string       `json:"version"`
	Merged  bool         `json:"merged,omitempty"`
	Entry   ledger.Entry `json:"entry"`
	Changes []changeView `json:"changes"`
	Message string       `json:"message"`
}

// changeView is one change as the page lists it.
type changeView struct {
	Item  string `json:"item"`
	Field string `json:"field"`
	Old   string `json:"old"`
	New   string `json:"new"`
}

func fieldViews(fs []ledger.Field) []changeView {
	out := []changeView{}
	for _, f := range fs {
		out = append(out, changeView{Item: f.Item, Field: f.Label(), Old: f.Old, New: f.New})
	}
	return out
}

func changeViews(chs []ledger.Change) []changeView {
	out := []changeView{}
	for _, ch := range chs {
		f := ledger.Field{Key: ch.Key}
		cv := changeView{Item: ch.What(), Field: f.Label(), Old: ch.Old}
		if !ch.Delete {
			cv.New = strings.Trim(ch.Text, `"'`)
		}
		out = append(out, cv)
	}
	return out
}

// who is the person a request names: the form's or JSON's who, else the
// user a reverse proxy that authenticated the request says (docs/deploy.md).
func who(r *http.Request, named string) string {
	if named = strings.TrimSpace(named); named != "" {
		return truncate(named, 40)
	}
	for _, h := range []string{"Remote-User", "X-Forwarded-User"} {
		if v := strings.TrimSpace(r.Header.Get(h)); v != "" {
			return truncate(v, 40)
		}
	}
	return ""
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n])
	}
	return s
}

func readJSON(w http.ResponseWriter, r *http.Request, max int64, v any) error {
	r.Body = http.MaxBytesReader(w, r.Body, max)
	b, err := io.ReadAll(r.Body)
	if err != nil {
		return bodyError(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return newError(http.StatusBadRequest, "bad_request", "请求不是有效的 JSON：%v", err)
	}
	return nil
}

// edit saves changes of tasks and decisions, or a new meeting record.
func (s *Server) edit(w http.ResponseWriter, r *http.Request) error {
	var req editRequest
	if err := readJSON(w, r, 1<<20, &req); err != nil {
		return err
	}
	if err := s.editable(req.DataName); err != nil {
		return err
	}
	save := ledger.Save{Path: filepath.Join(s.cfg.DataDir, req.DataName), Base: req.Version, Who: who(r, req.Who), Source: "网页"}
	var problems []string
	for i, t := range req.Tasks {
		place := fmt.Sprintf("第 %d 项（%s）", i+1, t.ID)
		u := ledger.Update{TaskID: strings.TrimSpace(t.ID), Decision: t.Decision, Where: place,
			StatusCell: place + "状态", DoneCell: place + "完成日期", NotesCell: place + "备注"}
		if t.Status != nil {
			st := model.Status(strings.TrimSpace(*t.Status))
			if !slices.Contains(model.Statuses, st) {
				problems = append(problems, fmt.Sprintf("%s: 状态“%s”不是 %s 之一", place, st, statusList()))
			}
			u.Status = &st
		}
		if t.DoneOn != nil && strings.TrimSpace(*t.DoneOn) != "" {
			// As the data file takes it (2013年2月19日 too); written ISO.
			d, err := cn.ParseDate(*t.DoneOn)
			if err != nil {
				problems = append(problems, fmt.Sprintf("%s: 完成日期：%v", place, err))
			}
			u.DoneOn = &d
		}
		if t.Notes != nil {
			n := strings.TrimSpace(*t.Notes)
			u.Notes = &n
		}
		save.Update = append(save.Update, u)
	}
	if m := req.Meeting; m != nil {
		fields, ps := meetingFields(m)
		problems = append(problems, ps...)
		save.Meeting = fields
	}
	if len(problems) > 0 {
		return problemsError("修改未保存", problems)
	}
	if len(save.Update) == 0 && len(save.Meeting) == 0 {
		return newError(http.StatusBadRequest, "bad_request", "没有要保存的修改")
	}
	res, err := ledger.Commit(save)
	if err != nil {
		return ledgerError(req.DataName, err)
	}
	a := editAnswer{OK: true, File: req.DataName, Version: ledger.Version(res.After), Merged: res.Merged, Entry: res.Entry}
	switch {
	case len(save.Meeting) > 0:
		a.Changes = fieldViews(res.Entry.Fields)
		a.Message = fmt.Sprintf("已新增会议记录，写入 %s", req.DataName)
	case len(res.Changes) == 0:
		a.Changes = []changeView{}
		a.Message = "与数据文件相比没有变化，未写入"
	default:
		a.Changes = changeViews(res.Changes)
		a.Message = fmt.Sprintf("已保存 %d 处修改到 %s", len(res.Changes), req.DataName)
		if res.Merged {
			a.Message += "（载入后他人改过其他内容，已一并保留）"
		}
	}
	writeJSON(w, http.StatusOK, a)
	return nil
}

func statusList() string {
	var b []string
	for _, st := range model.Statuses {
		b = append(b, string(st))
	}
	return strings.Join(b, "、")
}

// meetingFields checks a new meeting record and writes its fields as YAML.
func meetingFields(m *editMeeting) ([][2]string, []string) {
	var problems []string
	id, name := strings.TrimSpace(m.ID), strings.TrimSpace(m.Name)
	if id == "" || strings.ContainsAny(id, " \t:#{}[],&*!|>'\"%@`") {
		problems = append(problems, fmt.Sprintf("会议标识“%s”应为不含空格和标点的字母、数字或短横线，如 lh-2", id))
	}
	if name == "" {
		problems = append(problems, "请填写会议名称")
	}
	d, err := cn.ParseDate(m.Date)
	if err != nil {
		problems = append(problems, fmt.Sprintf("会议日期：%v", err))
	}
	fields := [][2]string{{"id", ledger.Scalar(id, nil)}}
	if c := strings.TrimSpace(m.Cadence); c != "" {
		fields = append(fields, [2]string{"cadence", ledger.Scalar(c, nil)})
	}
	fields = append(fields, [2]string{"name", ledger.Scalar(name, nil)}, [2]string{"date", d.Format(time.DateOnly)})
	if p := strings.TrimSpace(m.Place); p != "" {
		fields = append(fields, [2]string{"place", ledger.Scalar(p, nil)})
	}
	return fields, problems
}

func problemsError(what string, problems []string) *apiError {
	e := newError(http.StatusUnprocessableEntity, "edit_invalid", "%s：%d 个问题", what, len(problems))
	for _, p := range problems {
		where, msg, ok := strings.Cut(p, ": ")
		if !ok {
			where, msg = "", p
		}
		e.Problems = append(e.Problems, problem{Where: where, Msg: msg})
	}
	return e
}

// ledgerError answers what the ledger refused: the same checks and
// messages as `gongwen validate` and `gongwen import`.
func ledgerError(name string, err error) error {
	var problems ledger.Problems
	var conflict *ledger.Conflict
	var ds load.Diagnostics
	switch {
	case errors.As(err, &problems):
		return problemsError("修改未保存", problems)
	case errors.As(err, &conflict):
		return newError(http.StatusConflict, "conflict", "%s", conflict.Msg)
	case errors.As(err, &ds):
		e := newError(http.StatusUnprocessableEntity, "data_invalid", "修改未保存：改后的数据有 %d 个问题", len(ds.Errors()))
		e.Problems = diagProblems(ds.Errors())
		return e
	}
	return err
}

// history lists the recorded changes of a data file, newest first.
func (s *Server) history(w http.ResponseWriter, r *http.Request) error {
	name := r.URL.Query().Get("data_name")
	if s.cfg.DataDir == "" || !slices.Contains(s.dataNames(), name) {
		return newError(http.StatusNotFound, "data_not_found", "服务器上没有活动数据文件“%s”", name)
	}
	hist, err := ledger.History(filepath.Join(s.cfg.DataDir, name))
	if err != nil {
		return err
	}
	type entryView struct {
		Seq     int          `json:"seq"`
		Time    string       `json:"time"`
		Who     string       `json:"who"`
		Source  string       `json:"source"`
		Undoes  int          `json:"undoes,omitempty"`
		Undone  bool         `json:"undone,omitempty"`
		Changes []changeView `json:"changes"`
	}
	undone := map[int]bool{}
	for _, e := range hist {
		if e.Undoes > 0 {
			undone[e.Undoes] = true
		}
	}
	out := []entryView{}
	for i := len(hist) - 1; i >= 0 && len(out) < 200; i-- {
		e := hist[i]
		out = append(out, entryView{Seq: e.Seq, Time: e.Time.In(beijing).Format("2006-01-02 15:04"), Who: e.Who, Source: e.Source,
			Undoes: e.Undoes, Undone: undone[e.Seq], Changes: fieldViews(e.Fields)})
	}
	writeJSON(w, http.StatusOK, map[string]any{"file": name, "entries": out, "total": len(hist)})
	return nil
}

// beijing is the offices' time, whatever the server's zone.
var beijing = time.FixedZone("CST", 8*3600)

// undo reverts the last change not yet undone.
func (s *Server) undo(w http.ResponseWriter, r *http.Request) error {
	var req struct {
		DataName string `json:"data_name"`
		Who      string `json:"who"`
	}
	if err := readJSON(w, r, 1<<16, &req); err != nil {
		return err
	}
	if err := s.editable(req.DataName); err != nil {
		return err
	}
	res, err := ledger.Undo(filepath.Join(s.cfg.DataDir, req.DataName), who(r, req.Who), nil)
	if err != nil {
		return ledgerError(req.DataName, err)
	}
	writeJSON(w, http.StatusOK, editAnswer{OK: true, File: req.DataName, Version: ledger.Version(res.After), Entry: res.Entry,
		Changes: fieldViews(res.Entry.Fields), Message: fmt.Sprintf("已撤销第 %d 次修改", res.Entry.Undoes)})
	return nil
}

// importReturned reads a unit's returned weekly list or 督办事项回复表 and
// either previews the changes (apply unset) or saves them, as
// `gongwen import` does.
func (s *Server) importReturned(w http.ResponseWriter, r *http.Request) error {
	f, err := s.readForm(w, r)
	if err != nil {
		return err
	}
	name := f.value("data_name")
	if err := s.editable(name); err != nil {
		return err
	}
	book, ok := f.files["file"]
	if !ok || len(book.data) == 0 {
		return newError(http.StatusBadRequest, "no_file", "请选择各单位交回的周工作清单或督办事项回复表（.xlsx）")
	}
	path := filepath.Join(s.cfg.DataDir, name)
	u, err := s.dataFile(&form{values: map[string]string{"data_name": name}})
	if err != nil {
		return err
	}
	c, _, err := s.loadBytes(name, u.data)
	if err != nil {
		return dataError(name, err)
	}
	ups, err := xlsx.ReadReturned(book.name, book.data, c.Year)
	if err != nil {
		var xe xlsx.Errors
		if errors.As(err, &xe) {
			e := newError(http.StatusUnprocessableEntity, "workbook_invalid", "%s 有 %d 个问题，未导入", book.name, len(xe))
			for _, x := range xe {
				where := x.Sheet
				if x.Cell != "" {
					where += "!" + x.Cell
				}
				e.Problems = append(e.Problems, problem{File: book.name, Where: where, Msg: x.Msg})
			}
			return e
		}
		return newError(http.StatusUnprocessableEntity, "workbook_invalid", "%s 不是可以导入的周工作清单或督办事项回复表：%v", book.name, err)
	}
	rows := make([]ledger.Update, len(ups))
	for i, up := range ups {
		rows[i] = ledger.Update(up)
	}
	apply, _ := strconv.ParseBool(f.value("apply"))
	res, err := ledger.Commit(ledger.Save{Path: path, Base: f.value("version"), Who: who(r, f.value("who")), Source: book.name,
		Update: rows, DryRun: !apply})
	if err != nil {
		return ledgerError(name, err)
	}
	a := editAnswer{OK: true, File: name, Version: ledger.Version(res.After), Merged: res.Merged, Entry: res.Entry, Changes: changeViews(res.Changes)}
	switch {
	case len(res.Changes) == 0:
		a.Message = fmt.Sprintf("%s 与数据相比没有变化", book.name)
		a.Version = ledger.Version(res.Before)
	case apply:
		a.Message = fmt.Sprintf("已从 %s 导入 %d 处修改", book.name, len(res.Changes))
	default:
		a.Message = fmt.Sprintf("%s 将带来 %d 处修改，确认后写入", book.name, len(res.Changes))
		a.Version = ledger.Version(res.Before)
	}
	writeJSON(w, http.StatusOK, a)
	return nil
}

// workRoutes adds the work view and the ledger's routes.
func (s *Server) workRoutes(api func(string, func(http.ResponseWriter, *http.Request) error)) {
	api("POST /api/work", s.limited(s.work))
	api("POST /api/edit", s.edit)
	api("POST /api/undo", s.undo)
	api("GET /api/history", s.history)
	api("POST /api/import", s.limited(s.importReturned))
	api("POST /api/preview-pages", s.limited(s.previewPages))
}
