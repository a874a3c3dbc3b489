from clientondersteuning.cli.app import main

main()
