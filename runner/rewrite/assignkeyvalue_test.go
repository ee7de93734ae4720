package rewrite_test

import "testing"

// TestAssignKeyValues checks which assignments pass assignkeyvalue checks
// the key of: an op= whose value calls, receives or may panic, to a map
// keyed by an empty interface or a struct or an array holding one, after
// the value, where the key can be read again (pass evalorder may take the
// value out before the assignment, with the check in it); and an assignment to a map
// keyed by such a struct or array whose value does neither, through
// lift.AssignKey and an assertion to the key's type.
func TestAssignKeyValues(t *testing.T) {
	const head = "package main\n\nimport \"fmt\"\n\ntype K struct{ V any }\n\ntype P struct{ X int }\n\nfunc f() int { return 1 }\n\nfunc key() any { return 1 }\n\nfunc main() {\n\tm := map[any]int{}\n\tbyK := map[K]int{}\n\tarr := map[[2]any]int{}\n\tbyP := map[P]int{}\n\tvar k any = 1\n\ts := []int{1}\n\tch := make(chan int, 1)\n"
	const tail = "\n\tfmt.Println(m, byK, arr, byP, s, k, ch)\n}\n"
	tests := []struct {
		name string
		stmt string
		want []string
		not  []string
	}{
		{"an op= that calls", "m[k] += f()", []string{"func(_slv int) int { _sl1.AssignKey(k); return _slv }(f())", "m[k] +="}, nil},
		{"an op= that may panic", "m[k] -= s[0]", []string{"m[k] -= func(_slv int) int { _sl1.AssignKey(k); return _slv }(s[0])"}, nil},
		{"an op= that receives", "m[k] *= <-ch", []string{"func(_slv int) int { _sl1.AssignKey(k); return _slv }(<-ch)"}, nil},
		{"an op= that calls, keyed by a struct", "byK[K{k}] += f()", []string{"func(_slv int) int { _sl1.AssignKey(K{k}); return _slv }(f())"}, nil},
		{"a constant, keyed by a struct", "byK[K{k}] = 1", []string{"byK[_sl1.AssignKey(K{k}).(K)] = 1"}, nil},
		{"an ++, keyed by an array", "arr[[2]any{1, k}]++", []string{"arr[_sl1.AssignKey([2]any{1, k}).([2]any)]++"}, nil},
		{"an assignment that calls, done in Go's order already", "m[k] = f()", nil, []string{"AssignKey"}},
		{"a struct key that can always be hashed", "byP[P{1}] = 1; byP[P{2}] += f()", nil, []string{"AssignKey"}},
		{"an op= that calls with a key that can always be hashed", "m[\"a\"] += f()", nil, []string{"AssignKey"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, head+"\t"+tt.stmt+tail, tt.want, tt.not)
		})
	}
	for _, tt := range []struct{ name, stmt, want string }{
		{"an op= that calls, where the key calls", "m[key()] += f()", "main.go:21:4: the interpreter looks the key of this assignment up before it assigns"},
		{"an op= that calls, where the key may panic", "m[[]any{k}[0]] += f()", "main.go:21:4: the interpreter looks the key of this assignment up before it assigns"},
	} {
		t.Run(tt.name, func(t *testing.T) { refuses(t, head+"\t"+tt.stmt+tail, tt.want) })
	}
}
