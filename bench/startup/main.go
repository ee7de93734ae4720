// Command startup times how long programs take from start to exit, started
// as a shell starts them (fork, exec, wait4), interleaved round by round so
// that the machine's drift touches each alike, and prints the median and
// quartiles of each one's wall time and of the processor time the kernel
// counts for it and the children it waited for.
//
//	go run ./bench/startup -rounds 300 -- ./socklab run hello.go -- python3 hello.py
//
// Started back to back, a program starts while the kernel still takes
// down the processes of the one before; -pause waits before each start,
// as a student's rerun by hand does.
//
// The README's side-by-side start-up figures come from it; BenchmarkStartup
// (go test ./runner -bench Startup) starts the same programs the same way,
// beside go run and a compiled binary, and measures their memory too.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strings"
	"time"

	"github.com/socklab/socklab/bench/shell"
)

func main() {
	rounds := flag.Int("rounds", 100, "how many times to start each program")
	pause := flag.Duration("pause", 0, "how long to wait before each start, so that it finds the machine as quiet as a rerun by hand does (the last program's processes taken down, say)")
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: startup [-rounds N] [-pause D] -- program args... [-- program args...]\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	cmds := split(flag.Args())
	if len(cmds) == 0 || *rounds < 1 {
		flag.Usage()
		os.Exit(2)
	}
	for i, c := range cmds {
		path, err := exec.LookPath(c[0])
		if err != nil {
			fmt.Fprintf(os.Stderr, "startup: %v\n", err)
			os.Exit(1)
		}
		cmds[i][0] = path
	}
	null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		fmt.Fprintf(os.Stderr, "startup: %v\n", err)
		os.Exit(1)
	}
	wall := make([][]time.Duration, len(cmds))
	cpu := make([][]time.Duration, len(cmds))
	for r := range *rounds {
		for k := range cmds {
			i := (k + r) % len(cmds) // each program first in turn
			time.Sleep(*pause)
			w, c, err := shell.Run(cmds[i][0], cmds[i], os.Environ(), "", null)
			if err != nil {
				fmt.Fprintf(os.Stderr, "startup: %s: %v\n", strings.Join(cmds[i], " "), err)
				os.Exit(1)
			}
			wall[i] = append(wall[i], w)
			cpu[i] = append(cpu[i], c)
		}
	}
	for i, c := range cmds {
		slices.Sort(wall[i])
		slices.Sort(cpu[i])
		n := len(wall[i])
		fmt.Printf("%-50s wall median %7.2f ms (quartiles %.2f, %.2f)  cpu median %7.2f ms\n",
			strings.Join(c, " "), ms(wall[i][n/2]), ms(wall[i][n/4]), ms(wall[i][3*n/4]), ms(cpu[i][n/2]))
	}
}

// split cuts args at each "--" into commands.
func split(args []string) [][]string {
	var cmds [][]string
	for _, a := range args {
		if a == "--" {
			cmds = append(cmds, nil)
			continue
		}
		if len(cmds) == 0 {
			cmds = append(cmds, nil)
		}
		cmds[len(cmds)-1] = append(cmds[len(cmds)-1], a)
	}
	return slices.DeleteFunc(cmds, func(c []string) bool { return len(c) == 0 })
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
