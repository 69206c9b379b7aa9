package xlsx

import (
	"time"

	"gongwen/internal/model"
	"gongwen/internal/period"
)

func day(m, d int) time.Time { return time.Date(2013, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// campaign is a small campaign shaped like the seed's: two activities,
// three phases, tasks in several states.
func campaign() *model.Campaign {
	p := func(s string) period.Period { return period.MustParse(s, 2013) }
	done := day(2, 5)
	return &model.Campaign{
		Name: "学习贯彻十八大、争创发展新业绩主题实践活动", ShortName: "学创", Year: 2013,
		Profile: model.Profile{Fonts: model.Fonts{Body: "方正仿宋_GBK", Hei: "黑体", Title: "方正小标宋简体"}},
		Units: []model.Unit{
			{ID: "zzb", Name: "省委组织部", Short: "组织部"},
			{ID: "xcb", Name: "省委宣传部", Short: "宣传部"},
			{ID: "fgw", Name: "省发展改革委", Short: "发改委"},
			{ID: "unused", Name: "省无关厅", Short: "无关厅"},
		},
		Office: model.Office{Name: "省委“学创”活动领导小组办公室", Groups: []model.Group{
			{ID: "zhz", Name: "综合组"}, {ID: "xcz", Name: "宣传组"}, {ID: "ddz", Name: "督导组"},
		}},
		Activities: []model.Activity{
			{ID: "qzlx", Name: "党的群众路线教育实践活动", Short: "群众路线教育", Lead: []string{"zzb"}, Units: []string{"xcb"}},
			{ID: "sz", Name: "“三抓一促”活动", Short: "三抓一促", Lead: []string{"fgw"}, Units: []string{"zzb", "xcb"}},
		},
		Phases: []model.Phase{
			{ID: "fd", Name: "宣传发动", Period: p("2月初-2月底")},
			{ID: "ss", Name: "推进实施", Period: p("3月初-11月底")},
			{ID: "zj", Name: "总结提升", Period: p("12月")},
		},
		Tasks: []model.Task{
			{ID: "t1", Title: "制定总体方案", Period: p("2月初"), Phase: "fd", Group: "zhz", Lead: []string{"zzb"}, Status: model.CheckedOff, DoneOn: &done},
			{ID: "t2", Title: "筹备召开电视电话动员会", Period: p("2月中旬"), Phase: "fd", Group: "zhz", Activity: "qzlx", Status: model.InProgress, Notes: "会场已落实"},
			{ID: "t3", Title: "在省内各大媒体开设专栏，营造强大的舆论声势，这是一个很长的任务名称用来检验换行和行高估计是否合适", Period: p("2月中旬"), Phase: "fd", Group: "xcz", Activity: "qzlx", Units: []string{"xcb", "fgw"}, Status: model.NotStarted},
			{ID: "t4", Title: "制定各专项活动方案", Period: p("2月下旬"), Phase: "fd", Group: "zhz", Activity: "sz", Status: model.NotStarted},
			{ID: "t5", Title: "跟踪督办", Period: p("全年"), Phase: "ss", Group: "ddz", Status: model.InProgress},
			{ID: "t6", Title: "召开专项活动牵头单位会议", Period: p("5月左右和9月左右"), Phase: "ss", Group: "zhz", Activity: "sz", Status: model.NotStarted},
			{ID: "t7", Title: "全年总结", Period: p("12月"), Phase: "zj", Group: "zhz", Status: model.NotStarted},
		},
	}
}
