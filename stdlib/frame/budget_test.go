package frame_test

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/socklab/socklab/stdlib/frame"
)

// endless never ends a line: it is a peer sending one without a newline.
type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'x'
	}
	return len(p), nil
}

func TestBudgetBoundsUnfinishedFramesAcrossReaders(t *testing.T) {
	budget := frame.NewBudget(1 << 20)
	held := make([]*frame.Reader, 0, 2)
	// Two readers each hold a 300 KiB unfinished line (taken from the
	// budget beyond their 64 KiB read-ahead); their lines fit.
	for range 2 {
		r := frame.NewReader(io.MultiReader(strings.NewReader(strings.Repeat("y", 300<<10)), endless{}))
		r.SetBudget(budget)
		r.SetMaxSize(400 << 10)
		if _, err := r.ReadLine(); !errors.As(err, new(*frame.TooLongError)) {
			t.Fatalf("line over the 400 KiB limit: err = %v, want *TooLongError", err)
		}
		held = append(held, r)
	}
	// A frame limit that a single reader could reach, but the budget
	// cannot give once others hold most of it.
	greedy := frame.NewReader(endless{})
	greedy.SetBudget(budget)
	greedy.SetMaxSize(4 << 20)
	_, err := greedy.ReadLine()
	var me *frame.MemoryError
	if !errors.As(err, &me) {
		t.Fatalf("a line larger than the budget: err = %v, want *MemoryError", err)
	}
	if me.Limit != 1<<20 || !strings.Contains(err.Error(), "of the 1.0 MiB allowed") {
		t.Errorf("error %q does not name the limit", err)
	}
	if budget.InUse() > budget.Limit() {
		t.Errorf("budget in use %d over its limit %d", budget.InUse(), budget.Limit())
	}
	// Memory comes back: released readers give their share, and a line
	// that fits then reads.
	for _, r := range held {
		r.Release()
	}
	greedy.Release()
	if budget.InUse() != 0 {
		t.Fatalf("after Release the budget still has %d bytes in use", budget.InUse())
	}
	line := bytes.Repeat([]byte("z"), 700<<10)
	r := frame.NewReader(bytes.NewReader(append(line, '\n')))
	r.SetBudget(budget)
	if got, err := r.ReadLine(); err != nil || len(got) != len(line) {
		t.Fatalf("a 700 KiB line within the budget: %d bytes, %v", len(got), err)
	}
	if _, err := r.ReadLine(); err != io.EOF {
		t.Fatalf("after the line: %v, want io.EOF", err)
	}
	if budget.InUse() != 0 {
		t.Errorf("after the stream ended the budget still has %d bytes in use", budget.InUse())
	}
}
