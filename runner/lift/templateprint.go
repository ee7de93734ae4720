package lift

import (
	"fmt"
	htmltemplate "html/template"
	"strings"
	"text/template"
)

// A template's printf builtin is fmt.Sprintf, which sees the
// interpreter's runtime types of a script's values: %T names a struct by
// its fields (struct { Title string; ... }) and a named basic type by
// socklab's pool type, %#v does too, and %+v and %#v name an unexported
// field by the interpreter's exported name for it (Xtoken). The rewrite
// (pass template) hands the template of each Execute and ExecuteTemplate
// to TemplateText or TemplateHTML, which give it a printf of its own that
// names them as Go does, by the file's TemplateNames.

// TemplateText returns t, whose printf names the script's types and
// fields of tab as Go does. It sets printf in t's function map on each
// call (under the map's lock), which costs a map write per execution and
// keeps nothing of t.
func TemplateText(t *template.Template, tab *TemplateNames) *template.Template {
	if t == nil || tab == nil || len(tab.from) == 0 && len(tab.hidden) == 0 {
		return t
	}
	return t.Funcs(template.FuncMap{"printf": tab.printf})
}

// TemplateHTML is TemplateText for an html/template.
func TemplateHTML(t *htmltemplate.Template, tab *TemplateNames) *htmltemplate.Template {
	if t == nil || tab == nil || len(tab.from) == 0 && len(tab.hidden) == 0 {
		return t
	}
	return t.Funcs(htmltemplate.FuncMap{"printf": tab.printf})
}

// printf is fmt.Sprintf where format names no type and no field (but
// through a verb of its own, such as %v and %d, which print values alone);
// otherwise it names the script's types and unexported fields as Go does.
func (tab *TemplateNames) printf(format string, args ...any) string {
	s := fmt.Sprintf(format, args...)
	if !strings.Contains(format, "%T") && !strings.Contains(format, "#v") && !strings.Contains(format, "+v") {
		return s
	}
	s = tab.rename(s)
	for _, fields := range tab.hidden {
		for _, f := range fields {
			if tab.exported["X"+f] {
				continue // another struct's exported field of that name
			}
			for _, before := range []string{"{", " ", ", "} {
				s = strings.ReplaceAll(s, before+"X"+f+":", before+f+":")
			}
		}
	}
	return s
}
