terraform {
  required_version = ">= 1.6"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.81, < 7.0"
      configuration_aliases = [aws.us_east_1, aws.eu_west_1]
    }
    random = {
      source = "hashicorp/random"
    }
  }

  backend "s3" {
    bucket         = "tf-state"
    key            = "org/terraform.tfstate"
    region         = "us-east-1"
    dynamodb_table = "tf-locks"
    encrypt        = true
  }

  experiments = []
}

provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"

  assume_role {
    role_arn     = "arn:aws:iam::111122223333:role/terraform"
    session_name = "terraform"
  }

  default_tags {
    tags = {
      ManagedBy = "terraform"
    }
  }
}
