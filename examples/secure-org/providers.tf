terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.81"
    }
  }
}

# Credentials come from the environment: SSO locally, an OIDC role in CI.
provider "aws" {
  region = "us-east-1"
}
