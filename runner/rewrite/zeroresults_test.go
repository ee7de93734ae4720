package rewrite_test

func init() {
	programs = append(programs,
		fromCorpus("zeroresults", "named-results"),
	)
}
