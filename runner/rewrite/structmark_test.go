package rewrite_test

import "testing"

func init() {
	programs = append(programs,
		fromCorpus("structmark_events", "lookalike-events"),
		fromCorpus("structmark_print", "lookalike-print"),
		fromCorpus("structmark_iface", "lookalike-iface"),
		fromCorpus("typeswitch_unbound", "typeswitch-unbound"),
	)
}

// TestStructMarks: struct types that look alike get a tag key of their
// own on their last field, whatever tag it has; others, and lookalikes
// that an unnamed struct type of the package looks like too, keep theirs.
func TestStructMarks(t *testing.T) {
	const head = "package main\n\n"
	tests := []struct {
		name      string
		src       string
		want, not []string
	}{
		{"two lookalikes", head + "type A struct{ V int }\ntype B struct{ V int }\n\nfunc main() { _, _ = A{}, B{} }\n",
			[]string{"type A struct{ V int `socklab:\"main.A\"` }", "type B struct{ V int `socklab:\"main.B\"` }"}, nil},
		{"a type of its own", head + "type A struct{ V int }\ntype B struct{ V, W int }\n\nfunc main() { _, _ = A{}, B{} }\n",
			nil, []string{"socklab:"}},
		{"the last field, with a raw tag", head + "type A struct {\n\tN string\n\tV int `json:\"v\"`\n}\ntype B struct {\n\tN string\n\tV int `json:\"v\"`\n}\n\nfunc main() { _, _ = A{}, B{} }\n",
			[]string{"\tN string\n\tV int `json:\"v\" socklab:\"main.A\"`/*line :5:18*/\n"}, nil},
		{"a quoted tag", head + "type A struct{ V int \"json:\\\"v\\\"\" }\ntype B struct{ V int \"json:\\\"v\\\"\" }\n\nfunc main() { _, _ = A{}, B{} }\n",
			[]string{"type A struct{ V int \"json:\\\"v\\\" socklab:\\\"main.A\\\"\"/*line :3:34*/ }"}, nil},
		{"fields of one line, and an embedded one", head + "type P struct{ X int }\ntype A struct{ P; X, Y int }\ntype B struct{ P; X, Y int }\n\nfunc main() { _, _ = A{}, B{} }\n",
			[]string{"type B struct{ P; X, Y int `socklab:\"main.B\"` }"}, []string{"type P struct{ X int `"}},
		{"an unnamed lookalike", head + "type A struct{ V int }\ntype B struct{ V int }\n\nfunc main() { _, _, _ = A{}, B{}, struct{ V int }{} }\n",
			nil, []string{"socklab:"}},
		{"a type declared on a lookalike", head + "type A struct{ V int }\ntype B struct{ V int }\ntype C A\n\nfunc main() { _, _, _ = A{}, B{}, C{} }\n",
			nil, []string{"socklab:"}},
		{"lookalikes declared in a function", head + "func main() {\n\ttype A struct{ V int }\n\ttype B struct{ V int }\n\t_, _ = A{}, B{}\n}\n",
			[]string{"type A struct{ V int `socklab:\"main.A·", "type B struct{ V int `socklab:\"main.B·"}, nil},
		{"an uncomparable type of its own", head + "type A struct{ L []int }\ntype B struct{ N int }\n\nfunc main() { _, _ = A{}, B{} }\n",
			[]string{"type A struct{ L []int `socklab:\"main.A\"` }"}, []string{"N int `"}},
		{"an uncomparable type declared in a function, fields of one line", head + "func main() {\n\ttype P struct{ L, R []int }\n\t_ = P{}\n}\n",
			[]string{"type P struct{ L, R []int `socklab:\"main.P·"}, nil},
		{"an uncomparable type with an unnamed lookalike", head + "type A struct{ L []int }\n\nfunc main() { _, _ = A{}, struct{ L []int }{} }\n",
			nil, []string{"socklab:"}},
		{"generic lookalikes", head + "type A[T any] struct{ V T }\ntype B[T any] struct{ V T }\n\nfunc main() { _, _ = A[int]{}, B[int]{} }\n",
			nil, []string{"socklab:"}},
		{"a struct without fields", head + "type A struct{}\ntype B struct{}\n\nfunc main() { _, _ = A{}, B{} }\n",
			nil, []string{"socklab:"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, tt.src, tt.want, tt.not)
		})
	}
}

// TestUnboundTypeSwitch: a type switch on an empty interface that binds
// no variable gets one; one on another interface, or that binds one,
// stays as it is.
func TestUnboundTypeSwitch(t *testing.T) {
	const head = "package main\n\nimport \"fmt\"\n\ntype P struct{ X int }\n\n"
	tests := []struct {
		name      string
		src       string
		want, not []string
	}{
		{"on any", head + "func main() {\n\tvar v any = P{}\n\tswitch v.(type) {\n\tcase P:\n\t\tfmt.Println(1)\n\t}\n}\n",
			[]string{"switch _ts1 := /*line :9:9*/v.(type) {"}, nil},
		{"on interface{}", head + "func main() {\n\tvar v interface{} = P{}\n\tswitch v.(type) {\n\tcase P:\n\t\tfmt.Println(1)\n\t}\n}\n",
			[]string{"switch _ts1 := /*line :9:9*/v.(type) {"}, nil},
		{"bound", head + "func main() {\n\tvar v any = P{}\n\tswitch x := v.(type) {\n\tcase P:\n\t\tfmt.Println(x.X)\n\t}\n}\n",
			nil, []string{"_ts"}},
		{"on a Stringer", head + "func main() {\n\tvar v fmt.Stringer\n\tswitch v.(type) {\n\tcase nil:\n\t}\n}\n",
			nil, []string{"_ts"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, tt.src, tt.want, tt.not)
		})
	}
}
