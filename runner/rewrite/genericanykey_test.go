package rewrite_test

func init() {
	programs = append(programs, fromCorpus("generic_any_keys", "held-generic-any-keys"))
}
