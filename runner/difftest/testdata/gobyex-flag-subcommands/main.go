// difftest: same
// args: bar -level 8 -enable=false extra
package main

// Go by Example, Command-Line Subcommands: a flag.FlagSet per subcommand,
// each with flags of its own, and its errors with ContinueOnError.

import (
	"flag"
	"fmt"
	"os"
	"strings"
)

func main() {
	fooCmd := flag.NewFlagSet("foo", flag.ExitOnError)
	fooEnable := fooCmd.Bool("enable", false, "enable")
	fooName := fooCmd.String("name", "", "name")

	barCmd := flag.NewFlagSet("bar", flag.ExitOnError)
	barLevel := barCmd.Int("level", 0, "level")
	barEnable := barCmd.Bool("enable", true, "enable")

	if len(os.Args) < 2 {
		fmt.Println("expected 'foo' or 'bar' subcommands")
		os.Exit(1)
	}

	switch os.Args[1] {
	case "foo":
		fooCmd.Parse(os.Args[2:])
		fmt.Println("subcommand 'foo'")
		fmt.Println("  enable:", *fooEnable)
		fmt.Println("  name:", *fooName)
		fmt.Println("  tail:", fooCmd.Args())
	case "bar":
		barCmd.Parse(os.Args[2:])
		fmt.Println("subcommand 'bar'")
		fmt.Println("  level:", *barLevel)
		fmt.Println("  enable:", *barEnable)
		fmt.Println("  tail:", barCmd.Args())
	default:
		fmt.Println("expected 'foo' or 'bar' subcommands")
		os.Exit(1)
	}

	var out strings.Builder
	check := flag.NewFlagSet("check", flag.ContinueOnError)
	check.SetOutput(&out)
	n := check.Int("n", 1, "how many times")
	for _, args := range [][]string{{"-n", "3"}, {"-n", "x"}, {"-m"}, {"-h"}, {"--n=4", "--", "-n"}} {
		out.Reset()
		err := check.Parse(args)
		fmt.Printf("%q: n=%d err=%v rest=%q\n", args, *n, err, check.Args())
		fmt.Print(out.String())
	}
	fmt.Println(check.Name(), check.Parsed(), check.ErrorHandling() == flag.ContinueOnError)
}
