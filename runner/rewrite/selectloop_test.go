package rewrite_test

import "testing"

func init() {
	programs = append(programs,
		fromCorpus("selectloop_drain", "goroutine-select-continue-drain"),
		fromCorpus("selectloop_terminating", "goroutine-select-continue-terminating"),
		program{"selectloop_kinds", `package main

import "fmt"

func firstEven(ch chan int) int {
	for i := 0; i < 10; i++ {
		select {
		case v := <-ch:
			if v%2 == 1 {
				continue
			}
			return v
		default:
		}
		return -1
	}
	return -2
}

func main() {
	ch := make(chan int, 8)
	for _, v := range []int{1, 3, 4, 5} {
		ch <- v
	}
	fmt.Println(firstEven(ch), firstEven(ch))
	words := []string{"a", "b", "c"}
	ready := make(chan bool, 1)
	ready <- true
outer:
	for _, w := range words {
		for {
			select {
			case <-ready:
				fmt.Println("ready at", w)
				continue outer
			default:
			}
			break outer
		}
	}
	fmt.Println("end")
}
`},
	)
}

// TestSelectLoopCondition checks that the last statement of a loop whose
// select continues it is put under the declared condition, and that a loop
// whose body reaches its end, or whose continue is outside a select, is
// left as it is.
func TestSelectLoopCondition(t *testing.T) {
	const head = "package main\n\nfunc main() {\n\tch := make(chan int, 1)\n\t"
	tests := []struct {
		name, body string
		want, not  []string
	}{
		{"a break after the select", "for {\n\t\tselect {\n\t\tcase <-ch:\n\t\t\tcontinue\n\t\tdefault:\n\t\t}\n\t\tbreak\n\t}\n}\n",
			[]string{"var _loop1 = true", "if _loop1 { break }"}, nil},
		{"a return after the select", "for {\n\t\tselect {\n\t\tcase <-ch:\n\t\t\tif len(ch) > 0 {\n\t\t\t\tcontinue\n\t\t\t}\n\t\tdefault:\n\t\t}\n\t\treturn\n\t}\n}\n",
			[]string{"if _loop1 { return }"}, nil},
		{"a continue of the loop around the select's", "outer:\n\tfor range 3 {\n\t\tfor {\n\t\t\tselect {\n\t\t\tcase <-ch:\n\t\t\t\tcontinue outer\n\t\t\tdefault:\n\t\t\t}\n\t\t\tbreak outer\n\t\t}\n\t}\n}\n",
			[]string{"if _loop3 { break outer }"}, nil},
		{"an if and else that return", "for {\n\t\tselect {\n\t\tcase <-ch:\n\t\t\tcontinue\n\t\tdefault:\n\t\t}\n\t\tif len(ch) == 0 {\n\t\t\treturn\n\t\t} else {\n\t\t\tpanic(\"full\")\n\t\t}\n\t}\n}\n",
			[]string{"if _loop1 { if len(ch) == 0 {"}, nil},
		{"a switch without a default", "for {\n\t\tselect {\n\t\tcase <-ch:\n\t\t\tcontinue\n\t\tdefault:\n\t\t}\n\t\tswitch len(ch) {\n\t\tcase 0:\n\t\t\treturn\n\t\t}\n\t}\n}\n",
			nil, []string{"_loop"}},
		{"a body that reaches its end", "for {\n\t\tselect {\n\t\tcase <-ch:\n\t\t\tcontinue\n\t\tdefault:\n\t\t}\n\t\tch <- 1\n\t}\n}\n",
			nil, []string{"_loop"}},
		{"a continue outside a select", "for {\n\t\tif len(ch) == 0 {\n\t\t\tcontinue\n\t\t}\n\t\tbreak\n\t}\n}\n",
			nil, []string{"_loop"}},
		{"a continue in a function literal", "for {\n\t\tselect {\n\t\tcase <-ch:\n\t\t\tfunc() {\n\t\t\t\tfor range 2 {\n\t\t\t\t\tcontinue\n\t\t\t\t}\n\t\t\t}()\n\t\tdefault:\n\t\t}\n\t\tbreak\n\t}\n}\n",
			nil, []string{"_loop"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, head+tt.body, tt.want, tt.not)
		})
	}
}
