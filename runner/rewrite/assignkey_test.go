package rewrite_test

import "testing"

func init() {
	programs = append(programs, program{"assignkey", `package main

import "fmt"

type P struct{ X, Y int }

type Q struct {
	Name string
	V    any
}

func main() {
	m := map[any]int{}
	var a any = P{1, 2}
	var e any = &P{3, 4}
	var q any = Q{"q", 1}
	for _, k := range []any{a, e, q, "s", 1, [2]int{1, 2}} {
		m[k] = 1
		m[k]++
		m[k] += 2
	}
	fmt.Println(len(m), m[P{1, 2}], m[e], m["s"], m[1], m[a], m[Q{"q", 1}], m[[2]int{1, 2}])
	for k, v := range m {
		if p, ok := k.(P); ok {
			fmt.Println("p", p, v)
		}
	}
}
`})
}

// TestAssignKey checks which keys pass assignkey hands to lift: those of
// an assignment, an op= or an ++ to a map keyed by an empty interface
// whose values can neither call, receive nor panic, where the key may not
// be hashable, and no others.
func TestAssignKey(t *testing.T) {
	const head = "package main\n\nimport \"fmt\"\n\nfunc f() int { return 1 }\n\nfunc main() {\n\tm := map[any]int{}\n\tvar k any = 1\n\ts := []int{1}\n\tn := map[int]int{}\n"
	const tail = "\n\tfmt.Println(m, n, s, k)\n}\n"
	tests := []struct {
		name string
		stmt string
		want []string
		not  []string
	}{
		{"a constant", "m[k] = 1", []string{"m[_sl1.AssignKey(k)] = 1"}, nil},
		{"an ++", "m[k]++", []string{"m[_sl1.AssignKey(k)]++"}, nil},
		{"an op= of a map element", "m[k] += n[1]", []string{"m[_sl1.AssignKey(k)] += n[1]"}, nil},
		{"a value looked up by an interface", "m[k] = m[s]", nil, []string{"AssignKey"}},
		{"a slice as the key", "m[s] = 2", []string{"m[_sl1.AssignKey(s)] = 2"}, nil},
		{"two at once", "var a int; a, m[k] = 1, 2; _ = a", []string{"a, m[_sl1.AssignKey(k)] = 1, 2"}, nil},
		{"a value that calls", "m[k] = f()", nil, []string{"AssignKey"}},
		{"a value that may panic", "m[k] = s[1]", nil, []string{"AssignKey"}},
		{"a key that can always be hashed", "m[\"a\"] = 1", nil, []string{"AssignKey"}},
		{"a map of another key", "n[1] = 1", nil, []string{"AssignKey"}},
		{"a lookup", "_ = m[k]", nil, []string{"AssignKey"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, head+"\t"+tt.stmt+tail, tt.want, tt.not)
		})
	}
}
