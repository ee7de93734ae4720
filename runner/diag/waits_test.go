package diag

import "testing"

func TestMainWaits(t *testing.T) {
	for _, tc := range []struct {
		name, body, state string
		line, col         int // 0: no position
	}{
		{"receive", "\tch := make(chan int)\n\t<-ch", "chan receive", 5, 2},
		{"receive in a call", "\tch := make(chan int)\n\tprintln(<-ch)", "chan receive", 5, 10},
		{"two receives", "\tch := make(chan int)\n\t<-ch\n\t<-ch", "chan receive", 0, 0},
		{"a range could receive too", "\tch := make(chan int)\n\tfor range ch {\n\t}\n\t<-ch", "chan receive", 0, 0},
		{"receive in a goroutine", "\tch := make(chan int)\n\tgo func() { <-ch }()\n\tch <- 1", "chan send", 6, 2},
		{"select", "\tch := make(chan int)\n\tselect {\n\tcase <-ch:\n\t}", "select", 5, 2},
		{"select case counts as a receive", "\tch := make(chan int)\n\tselect {\n\tcase <-ch:\n\t}\n\t<-ch", "chan receive", 0, 0},
		{"wait group", "\tvar wg sync.WaitGroup\n\twg.Add(1)\n\twg.Wait()", "sync.WaitGroup.Wait", 6, 2},
		{"lock", "\tvar mu sync.Mutex\n\tmu.Lock()\n\tmu.Lock()", "sync.Mutex.Lock", 0, 0},
		{"nil channel", "\tvar ch chan int\n\tch <- 1", "chan send (nil chan)", 5, 2},
		{"a state of no operation", "\tselect {}", "semacquire", 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := "package main\n\nfunc main() {\n" + tc.body + "\n}\n"
			line, col, ok := MainWaits([]byte(src), tc.state)
			if !ok {
				line, col = 0, 0
			}
			if line != tc.line || col != tc.col {
				t.Errorf("MainWaits = %d:%d (%v), want %d:%d", line, col, ok, tc.line, tc.col)
			}
		})
	}
}
