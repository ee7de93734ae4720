package runner_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkGradeClass grades a class of 200 submissions of 10-high-low
// with -j 2, a realistic mix: 120 right, 40 wrong (HIGH and LOW swapped),
// 16 that send GUESS without its newline (both programs then wait for
// ever: stalled), 4 that loop for ever after the first guess (the first
// test of each stops the server once it has computed for half the time
// limit while the client waits, or meets the limit on a busy machine; the
// later ones stop it as it loops again), and 20 that do not compile. Run
// it with
//
//	go test ./runner -run '^$' -bench GradeClass -benchtime 1x
func BenchmarkGradeClass(b *testing.B) {
	solution, err := os.ReadFile(filepath.Join("..", "scripts", "10-high-low", "server.go"))
	if err != nil {
		b.Fatal(err)
	}
	right := string(solution)
	kinds := []struct {
		name string
		n    int
		src  string
	}{
		{"right", 120, right},
		{"wrong", 40, strings.NewReplacer(`return "HIGH"`, `return "LOW"`, `return "LOW"`, `return "HIGH"`).Replace(right)},
		{"stalled", 16, strings.Replace(right, `conn.SendLine("GUESS")`, `conn.SendString("GUESS")`, 1)},
		{"endless", 4, strings.Replace(right, `result := game(guess)`, "for guess != \"\" {\n\t\t}\n\t\tresult := game(guess)", 1)},
		{"broken", 20, strings.Replace(right, "tries := 5", "tries := 5 +", 1)},
	}
	dir := b.TempDir()
	var subs []string
	for _, k := range kinds {
		if k.src == right && k.name != "right" {
			b.Fatalf("the %s submissions are the solution", k.name)
		}
		for i := range k.n {
			sub := filepath.Join(dir, fmt.Sprintf("%s-%03d", k.name, i))
			if err := os.MkdirAll(sub, 0o755); err != nil {
				b.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(sub, "server.go"), []byte(k.src), 0o644); err != nil {
				b.Fatal(err)
			}
			subs = append(subs, sub)
		}
	}
	lesson, err := filepath.Abs(filepath.Join("..", "scripts", "10-high-low"))
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		out, errOut, code := runSocklab(b, dir, append([]string{"grade", "-j", "2", "--csv", "grades.csv", lesson}, subs...)...)
		if code != 0 {
			b.Fatalf("exit status %d\n%s", code, errOut)
		}
		full := strings.Count(out, "100.0")
		if full != 120 {
			b.Errorf("%d students with full marks, want the 120 right ones\n%s", full, out)
		}
	}
}
