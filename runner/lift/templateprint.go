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
// fields of tab as Go does, where the script gave t no printf of its own
// (see ownPrintf). It sets printf in t's function map on each call (under
// the map's lock), which costs a map write per execution and keeps
// nothing of t.
func TemplateText(t *template.Template, tab *TemplateNames) *template.Template {
	if t == nil || tab == nil || len(tab.from) == 0 && len(tab.hidden) == 0 && len(tab.untoldFrom) == 0 || ownPrintf(t) {
		return t
	}
	return t.Funcs(template.FuncMap{"printf": templatePrintf(tab.printf)})
}

// TemplateHTML is TemplateText for an html/template.
func TemplateHTML(t *htmltemplate.Template, tab *TemplateNames) *htmltemplate.Template {
	if t == nil || tab == nil || len(tab.from) == 0 && len(tab.hidden) == 0 && len(tab.untoldFrom) == 0 || ownPrintf(textOf(t)) {
		return t
	}
	return t.Funcs(htmltemplate.FuncMap{"printf": templatePrintf(tab.printf)})
}

// printf is fmt.Sprintf where format names no type and no field (but
// through a verb of its own, such as %v and %d, which print values alone);
// otherwise it names the script's types and unexported fields as Go does.
func (tab *TemplateNames) printf(format string, args ...any) string {
	s := fmt.Sprintf(format, args...)
	if !strings.Contains(format, "%T") && !strings.Contains(format, "#v") && !strings.Contains(format, "+v") {
		return s
	}
	s = tab.untoldTypes(tab.rename(s))
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

// untoldTypes replaces, in s, what printf's %T and %#v wrote, each
// spelling of tab's untold types (see TemplateUntold) that stands as a
// whole type (neither after nor before a letter, a digit, '_', '[', ']',
// '*' or '.', which would make it part of another type's spelling) by
// Go's name of it: []string{"a"} of a Tags is
// main.Tags{"a"}. A string that %#v quotes is left as it is. The execution's data holds no other type of that
// spelling (runner/refuse), and the rewrite gives the table to printf
// only in a package without template functions of its own, which could
// make one.
func (tab *TemplateNames) untoldTypes(s string) string {
	if len(tab.untoldFrom) == 0 {
		return s
	}
	var b strings.Builder
	for k := 0; k < len(s); {
		if s[k] == '"' { // a string %#v quotes: written as it is
			end := k + 1
			for end < len(s) && s[end] != '"' {
				if s[end] == '\\' {
					end++
				}
				end++
			}
			end = min(end+1, len(s))
			b.WriteString(s[k:end])
			k = end
			continue
		}
		if k == 0 || !typeByte(s[k-1]) {
			matched := false
			for i, from := range tab.untoldFrom {
				end := k + len(from)
				if strings.HasPrefix(s[k:], from) && (end == len(s) || !typeByte(s[end])) {
					b.WriteString(tab.untoldTo[i])
					k, matched = end, true
					break
				}
			}
			if matched {
				continue
			}
		}
		b.WriteByte(s[k])
		k++
	}
	return b.String()
}

// typeByte reports whether c may be part of a type's spelling next to
// another's: a letter, a digit, '_', '[', ']', '*' or '.'.
func typeByte(c byte) bool { return identByte(c) || strings.IndexByte("[]*.", c) >= 0 }
