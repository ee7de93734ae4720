// difftest: same
// args: -word=opt -numb=7 -fork -svar=flag -dur 150ms a1 a2 a3
package main

// Go by Example, Command-Line Flags: flags of each kind, bound to
// variables or returned as pointers, and the arguments after them.

import (
	"flag"
	"fmt"
	"os"
	"time"
)

func main() {
	wordPtr := flag.String("word", "foo", "a string")
	numbPtr := flag.Int("numb", 42, "an int")
	forkPtr := flag.Bool("fork", false, "a bool")
	var svar string
	flag.StringVar(&svar, "svar", "bar", "a string var")
	dur := flag.Duration("dur", time.Second, "how long to wait")
	ratio := flag.Float64("ratio", 0.5, "a float")
	var level uint
	flag.UintVar(&level, "level", 3, "a level")

	flag.Parse()

	fmt.Println("word:", *wordPtr)
	fmt.Println("numb:", *numbPtr)
	fmt.Println("fork:", *forkPtr)
	fmt.Println("svar:", svar)
	fmt.Println("dur:", *dur, "ratio:", *ratio, "level:", level)
	fmt.Println("tail:", flag.Args())
	fmt.Println("nflag:", flag.NFlag(), "narg:", flag.NArg(), "arg 1:", flag.Arg(1))

	flag.Visit(func(f *flag.Flag) {
		fmt.Printf("set: -%s=%s (default %q)\n", f.Name, f.Value, f.DefValue)
	})
	f := flag.Lookup("ratio")
	fmt.Println(f.Name, f.Usage, f.Value.String())
	if err := flag.Set("numb", "8"); err != nil {
		fmt.Println(err)
	}
	fmt.Println("numb now:", *numbPtr)
	fmt.Println(flag.Set("numb", "eight"))
	fmt.Println(flag.Set("nope", "1"))
	fmt.Println(flag.Parsed(), len(os.Args) > 1)
	flag.CommandLine.SetOutput(os.Stdout)
	flag.PrintDefaults()
}
