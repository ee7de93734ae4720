// difftest: same
package main

// Learn Go with Tests, Hello, World: Hello with a name and a language,
// the prefix picked by a switch in a function with a named result, and
// the table its tests check, run as assertions.

import "fmt"

const (
	spanish = "Spanish"
	french  = "French"

	englishHelloPrefix = "Hello, "
	spanishHelloPrefix = "Hola, "
	frenchHelloPrefix  = "Bonjour, "
)

func Hello(name string, language string) string {
	if name == "" {
		name = "World"
	}
	return greetingPrefix(language) + name
}

func greetingPrefix(language string) (prefix string) {
	switch language {
	case french:
		prefix = frenchHelloPrefix
	case spanish:
		prefix = spanishHelloPrefix
	default:
		prefix = englishHelloPrefix
	}
	return
}

func assertCorrectMessage(name, got, want string) bool {
	if got != want {
		fmt.Printf("FAIL %s: got %q want %q\n", name, got, want)
		return false
	}
	fmt.Printf("ok   %s: %q\n", name, got)
	return true
}

func main() {
	cases := []struct {
		name, who, lang, want string
	}{
		{"saying hello to people", "Chris", "", "Hello, Chris"},
		{"empty string defaults to World", "", "", "Hello, World"},
		{"in Spanish", "Elodie", "Spanish", "Hola, Elodie"},
		{"in French", "Lauren", "French", "Bonjour, Lauren"},
		{"unknown language", "Kai", "Klingon", "Hello, Kai"},
		{"a failing case", "Ana", "French", "Hola, Ana"},
	}
	failed := 0
	for _, c := range cases {
		if !assertCorrectMessage(c.name, Hello(c.who, c.lang), c.want) {
			failed++
		}
	}
	fmt.Println(Hello("world", ""))
	fmt.Printf("%d of %d failed\n", failed, len(cases))
}
