package refuse

import "strings"

// withArticle returns noun after the indefinite article it is spoken with
// ("an interface{...}", "a net.Error", "a uint8"), so that a refusal that
// names a type reads as a sentence whatever the type.
func withArticle(noun string) string {
	if startsWithVowelSound(noun) {
		return "an " + noun
	}
	return "a " + noun
}

// youSounds are the beginnings of Go's names whose u is spoken "you".
var youSounds = []string{"uint", "uni", "url", "use", "utf"}

func startsWithVowelSound(noun string) bool {
	lower := strings.ToLower(noun)
	if lower == "" || !strings.ContainsRune("aeiou", rune(lower[0])) {
		return false
	}
	for _, p := range youSounds {
		if strings.HasPrefix(lower, p) {
			return false
		}
	}
	return true
}
