package refuse_test

import "testing"

// TestLibraryStores checks a value of a type on a basic type with a
// String method and another method, or a Format method, handed to
// sync.Map, list, context and atomic.Value in a script that puts ints in
// interfaces too, and that one where it puts none, one of lift's pool, one
// without a String or Error method, and one handed to fmt are not refused.
func TestLibraryStores(t *testing.T) {
	const head = "package main\n\nimport (\n\t\"container/list\"\n\t\"context\"\n\t\"fmt\"\n\t\"sync\"\n\t\"sync/atomic\"\n)\n\nvar _ = list.New\nvar _ = context.Background\nvar _ sync.Mutex\nvar _ atomic.Int32\nvar _ = fmt.Sprint\n\n"
	const level = "type Level int\n\nfunc (l Level) String() string { return \"l\" }\nfunc (l Level) Up() Level      { return l + 1 }\n\n"
	for _, tt := range []struct{ body, want string }{
		{"func main() {\n\tvar m sync.Map\n\tm.Store(1, Level(2))\n}\n", "main.go:24:13: the interpreter hands sync.Map.Store the Level as a bare int, without its methods, so a value that comes back prints as that number where Go calls its String method: give Level no methods but String() string and Error() string"},
		{"func main() {\n\tlist.New().PushBack(Level(2))\n\tfmt.Println(any(7))\n}\n", "main.go:23:22: the interpreter hands list.List.PushBack the Level"},
		{"func main() {\n\t_ = context.WithValue(context.Background(), 1, Level(2))\n}\n", "main.go:23:49: the interpreter hands context.WithValue the Level"},
		{"func main() {\n\tvar v atomic.Value\n\tv.Store(Level(2))\n\tfmt.Println(7)\n}\n", "main.go:24:10: the interpreter hands atomic.Value.Store the Level"},
	} {
		hasRefusal(t, checkSource(t, head+level+tt.body), tt.want)
	}
	money := head + "type Money int\n\nfunc (m Money) Format(f fmt.State, verb rune) { fmt.Fprint(f, \"$\", int(m)) }\n\nfunc main() {\n\tvar m sync.Map\n\tm.Store(1, Money(2))\n\tfmt.Println(any(7))\n}\n"
	hasRefusal(t, checkSource(t, money), "main.go:23:13: the interpreter hands sync.Map.Store the Money as a bare int, without its methods, so a value that comes back prints as that number where Go calls its Format method")
	for _, src := range []string{
		head + "type Level int\n\nfunc (l Level) String() string { return \"l\" }\n\nfunc main() {\n\tvar m sync.Map\n\tm.Store(1, Level(2))\n}\n",
		head + "type Level int\n\nfunc (l Level) Up() Level { return l + 1 }\n\nfunc main() {\n\tvar m sync.Map\n\tm.Store(1, Level(2))\n}\n",
		head + level + "func main() {\n\tlist.New().PushBack(Level(2))\n}\n",
		head + level + "func main() {\n\tfmt.Println(Level(2))\n\tvar m sync.Map\n\tm.Store(Level(1).Up(), 1)\n}\n",
	} {
		for _, got := range checkSource(t, src) {
			t.Errorf("refused: %s\n%s", got, src)
		}
	}
}
